package org.readerfirst.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.readerfirst.core.model.Category;
import org.readerfirst.ui.common.Appearance;
import org.readerfirst.ui.library.DraftListViewModel;
import org.readerfirst.ui.panel.FindingCell;
import org.readerfirst.ui.panel.GuidanceWindow;
import org.readerfirst.ui.panel.PanelRow;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** The View and Help menus: theme, editor font, the window's language, the guidance and the shortcuts. */
class ReaderFirstAppViewTest {

    @RegisterExtension
    final AppWindows windows = new AppWindows();

    private final FxRobot robot = new FxRobot();
    private AppWindow window;

    private MenuItem menuItem(String id) {
        return MenuItems.byId(robot.lookup("#menu-bar").queryAs(MenuBar.class), id);
    }

    private void choose(String id) {
        robot.interact(() -> menuItem(id).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean dark() {
        return window.stage().getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("readerfirst-dark.css"));
    }

    @Test
    void the_dark_theme_and_a_larger_editor_font_apply_at_once_and_are_kept() throws Exception {
        window = windows.open();
        assertFalse(dark());
        choose("view-theme-dark");
        assertTrue(dark());
        robot.clickOn("#editor").write("Three things");
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Appearance.EditorFont.DEFAULT_SIZE + 1, Appearance.font().size());
        assertTrue(window.stage().getScene().getStylesheets().contains(Appearance.fontSheet(Appearance.font())));
        StyleClassedTextArea editor = robot.lookup("#editor").queryAs(StyleClassedTextArea.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.from(editor).lookup(".text").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.text.Text t
                        && t.getFont().getSize() == Appearance.EditorFont.DEFAULT_SIZE + 1));
        choose("view-font-serif");
        assertEquals("Serif", Appearance.font().family());

        window.restart();
        assertTrue(dark(), "the theme is kept");
        assertEquals(Appearance.EditorFont.DEFAULT_SIZE + 1, Appearance.font().size());
        assertEquals("Serif", Appearance.font().family());
        choose("view-theme-light");
        assertFalse(dark());
    }

    @Test
    void the_window_speaks_finnish_from_the_next_start_once_chosen() throws Exception {
        window = windows.open();
        choose("view-language-finnish");
        String status = robot.lookup("#status").queryAs(Label.class).getText();
        assertTrue(status.contains("Suomi"), status);
        window.restart();
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        assertEquals("_Tiedosto", bar.getMenus().get(0).getText());
        assertEquals("_Ohje", bar.getMenus().get(bar.getMenus().size() - 1).getText());
        choose("view-language-english");
        window.restart();
        assertEquals("_File", robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(0).getText());
    }

    @Test
    void a_setting_with_a_value_it_does_not_know_is_named_and_the_rest_works() throws Exception {
        window = windows.open(store -> store.putSetting(AppearanceViewModel.THEME, "purple"));
        String status = robot.lookup("#status").queryAs(Label.class).getText();
        assertTrue(status.contains(AppearanceViewModel.THEME) && status.contains("purple"), status);
        assertFalse(dark());
    }

    @Test
    void f1_opens_the_guidance_and_why_opens_it_at_the_findings_principle() throws Exception {
        window = windows.open();
        robot.clickOn("#editor").write("We need to leverage synergies!!!");
        // The panel redraws its cards as results arrive (grammar loads meanwhile): ask until a card
        // that is on screen takes the request.
        Category[] asked = new Category[1];
        // Looked up and fired on the FX thread in one go, so the cards cannot change in between.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            Node card = firstCard();
            Node link = card == null ? null : card.lookup(".show-guidance");
            if (!(link instanceof javafx.scene.control.Hyperlink hyperlink)) {
                return false;
            }
            asked[0] = ((PanelRow.Item) ((FindingCell) card).getItem()).finding().category();
            hyperlink.fire();
            return window.app().view().help().guidance() != null && window.app().view().help().guidance().isShowing();
        }).get());
        GuidanceWindow guidance = window.app().view().help().guidance();
        assertTrue(guidance.isShowing());
        @SuppressWarnings("unchecked")
        ListView<Category> index = (ListView<Category>) guidance.stage().getScene().lookup("#guide-index");
        assertEquals(asked[0], index.getSelectionModel().getSelectedItem());
        Node section = guidance.stage().getScene().lookup("#guide-" + asked[0].id());
        assertTrue(section != null && section.isVisible());
        robot.interact(() -> guidance.stage().hide());

        robot.clickOn("#editor").push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(guidance.isShowing());
        assertEquals(Category.values().length, index.getItems().size());

        // Hidden, it holds on to nothing; shown again, it wears the look chosen meanwhile.
        int following = Appearance.followers();
        robot.interact(() -> guidance.stage().hide());
        assertEquals(following - 1, Appearance.followers());
        robot.interact(() -> Appearance.set(Appearance.Theme.DARK, Appearance.font()));
        robot.clickOn("#editor").push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Appearance.stylesheets(), guidance.stage().getScene().getStylesheets());
        assertEquals(following, Appearance.followers());
    }

    private Node firstCard() {
        return robot.lookup(".finding-cell").match(NodeQueryUtils.isVisible()).queryAll().stream()
                .filter(n -> n instanceof FindingCell c && c.getItem() instanceof PanelRow.Item i
                        && n.getScene() != null)
                .findFirst().orElse(null);
    }

    @Test
    void a_first_start_brings_sample_drafts_and_a_tour_and_one_click_removes_them() throws Exception {
        ReaderFirstApp.offerSamples = true;
        window = windows.open();
        DraftListViewModel drafts = window.app().view().model().models().drafts();
        int samples = SampleDrafts.in(org.readerfirst.core.model.Language.ENGLISH).size();
        assertEquals(samples, drafts.items().size());
        assertTrue(drafts.items().stream().allMatch(i -> i.tagsProperty().get().contains(SampleDrafts.TAG)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#welcome").tryQuery().isPresent());
        robot.clickOn("Remove the samples");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> drafts.items().size() == 1
                && drafts.items().get(0).tagsProperty().get().isEmpty()
                && window.app().view().model().models().editor().textProperty().get().isEmpty());

        window.restart();
        assertTrue(robot.lookup("#welcome").tryQuery().isEmpty(), "the tour shows once");
        assertEquals(1, window.app().view().model().models().drafts().items().size());
    }

    @Test
    void f8_walks_the_findings_in_the_text_and_ctrl_f_goes_to_the_search() throws Exception {
        window = windows.open();
        StyleClassedTextArea editor = robot.lookup("#editor").queryAs(StyleClassedTextArea.class);
        robot.clickOn(editor).write("We need to leverage synergies!!! Comment YES below.");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.app().view().model().models().editor().live().currentFindings().size() >= 2);
        // The rules speak first, grammar and spelling a moment later: walk the findings once both have.
        waitUntilFindingsSettle();
        robot.interact(() -> editor.moveTo(0));
        robot.push(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        int first = editor.getSelection().getStart();
        assertTrue(editor.getSelection().getLength() > 0, "F8 selects a finding");
        robot.push(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor.getSelection().getStart() > first, "the next one lies further on");
        robot.push(KeyCode.SHIFT, KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, editor.getSelection().getStart());
        robot.push(KeyCode.CONTROL, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#draft-search").query().isFocused());
    }

    private void waitUntilFindingsSettle() throws Exception {
        List<?> seen = List.of();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            List<?> now = WaitForAsyncUtils.asyncFx(() -> window.app().view().model().models().editor().live().currentFindings()).get();
            if (now.equals(seen)) {
                return;
            }
            seen = now;
            Thread.sleep(1_500);
        }
    }

    @Test
    void an_unexpected_error_is_shown_in_plain_words_with_details_to_copy_and_the_text_stays() throws Exception {
        window = windows.open();
        robot.clickOn("#editor").write("Nothing typed is lost.");
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        robot.interact(() -> before.uncaughtException(Thread.currentThread(), new IllegalStateException("a broken rule")));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        robot.clickOn("Copy details");
        String copied = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get();
        assertTrue(copied.contains("IllegalStateException: a broken rule"), copied);
        robot.clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Nothing typed is lost.", robot.lookup("#editor").queryAs(StyleClassedTextArea.class).getText());
    }

    @Test
    void the_editor_shows_the_writers_markdown_lightly() throws Exception {
        window = windows.open();
        StyleClassedTextArea editor = robot.lookup("#editor").queryAs(StyleClassedTextArea.class);
        robot.clickOn(editor).write("Most teams **never test** their prices.");
        int inBold = "Most teams **ne".length();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> editor.getStyleOfChar(inBold).contains("md-bold")).get());
        assertFalse(WaitForAsyncUtils.asyncFx(() -> editor.getStyleOfChar(2).contains("md-bold")).get());
    }

    @Test
    void the_shortcuts_list_is_read_from_the_menus() throws Exception {
        window = windows.open();
        var rows = HelpMenu.shortcutRows(robot.lookup("#menu-bar").queryAs(MenuBar.class));
        assertTrue(rows.stream().anyMatch(r -> r[0].endsWith("New draft") && r[1].contains("N")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r[0].contains("The guidance") && r[1].equals("F1")));
        assertTrue(rows.stream().anyMatch(r -> r[0].contains("Larger text")));
        assertTrue(rows.stream().anyMatch(r -> r[0].equals("View › Drafts list") && r[1].contains("D")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r[0].equals("View › Checks panel") && r[1].contains("J")), rows.toString());
    }
}
