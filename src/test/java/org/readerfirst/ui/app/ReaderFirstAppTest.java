package org.readerfirst.ui.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.ui.library.DraftItem;
import org.readerfirst.ui.panel.PanelRow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The whole window, driven by a robot the way a writer would, on a real database file. */
class ReaderFirstAppTest {

    @RegisterExtension
    final AppWindows windows = new AppWindows();

    private final FxRobot robot = new FxRobot();
    private AppWindow window;

    private void start() throws TimeoutException {
        window = windows.open();
    }

    private StyleClassedTextArea editor() {
        return robot.lookup("#editor").queryAs(StyleClassedTextArea.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<PanelRow> findings() {
        return robot.lookup("#findings").queryAs(ListView.class);
    }

    private boolean panelShows(Category category) {
        return findings().getItems().stream()
                .anyMatch(r -> r instanceof PanelRow.Item i && i.finding().category() == category);
    }

    private void chooseType(String shown) {
        robot.clickOn("#content-type");
        robot.clickOn(shown);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void a_stock_birthday_message_is_flagged_and_clicking_the_finding_selects_it() throws Exception {
        start();
        chooseType("Message");
        robot.clickOn("#editor").write("Happy birthday!");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> panelShows(Category.TEMPLATE_MESSAGE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 error", robot.lookup("#count-error").queryAs(Label.class).getText());

        robot.clickOn(".finding-cell");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Happy birthday", editor().getSelectedText());
        assertTrue(editor().isFocused());
    }

    @Test
    void the_finding_is_underlined_with_its_severity_class() throws Exception {
        start();
        chooseType("Message");
        robot.clickOn("#editor").write("Happy birthday!");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> panelShows(Category.TEMPLATE_MESSAGE));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor().getStyleOfChar(3).contains("finding-error"));
        assertFalse(editor().getStyleOfChar(14).contains("finding-error"));
    }

    @Test
    void a_draft_typed_before_closing_the_window_is_there_after_a_restart() throws Exception {
        start();
        robot.clickOn("#editor").write("Notes from the Oulu meetup");
        window.restart();

        assertEquals("Notes from the Oulu meetup", editor().getText());
    }

    @Test
    void copy_for_linkedin_puts_the_text_on_the_clipboard() throws Exception {
        start();
        robot.clickOn("#editor").write("Three lessons from our pilot.");
        robot.clickOn("#copy-for-linkedin");
        AppWindows.copyAfterQuestions(robot);
        assertEquals("Three lessons from our pilot.",
                WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get());
    }

    @Test
    void ctrl_shift_c_copies_for_linkedin_from_the_editor() throws Exception {
        start();
        // One edit, and its autosave before the copy, so that the autosave cannot replace the copy's status.
        robot.clickOn("#editor").interact(() -> editor().replaceText("Short and useful."));
        Label status = robot.lookup("#status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.getText().startsWith("Saved"));
        robot.push(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        AppWindows.copyAfterQuestions(robot);
        assertEquals("Short and useful.",
                WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get());
        assertTrue(status.getText().startsWith("Copied"), status.getText());
    }

    @Test
    void the_counter_turns_red_past_the_limit_of_a_connection_note() throws Exception {
        start();
        chooseType("Connection note");
        Label counter = robot.lookup("#char-counter").queryAs(Label.class);
        robot.interact(() -> editor().replaceText("x".repeat(300)));
        assertEquals("300 / 300", counter.getText());
        assertFalse(counter.getStyleClass().contains("over-limit"));

        robot.clickOn("#editor").push(KeyCode.END).write("!");

        assertEquals("301 / 300", counter.getText());
        assertTrue(counter.getStyleClass().contains("over-limit"));
    }

    @Test
    void ctrl_n_opens_a_new_empty_draft_at_the_top_of_the_list() throws Exception {
        start();
        robot.clickOn("#editor").write("The first draft");
        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        @SuppressWarnings("unchecked")
        ListView<DraftItem> drafts = robot.lookup("#drafts").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> drafts.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", editor().getText());
        assertEquals(drafts.getItems().get(0), drafts.getSelectionModel().getSelectedItem());

        robot.clickOn(robot.lookup(".drafts-list .list-cell").nth(1).queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("The first draft", editor().getText());
    }

    @Test
    void undo_takes_back_the_last_typing() throws Exception {
        start();
        robot.clickOn("#editor").write("Keep this");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> editor().getUndoManager().preventMerge());
        robot.write(" but not this");
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Keep this", editor().getText());
    }

    @Test
    void choosing_a_surface_checks_the_same_text_again() throws Exception {
        start();
        robot.clickOn("#editor").write("Happy birthday!");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#detected-language").queryAs(Label.class).isVisible());
        assertFalse(panelShows(Category.TEMPLATE_MESSAGE), "a post is not checked for stock greetings");
        @SuppressWarnings("unchecked")
        ComboBox<ContentType> type = robot.lookup("#content-type").queryAs(ComboBox.class);
        robot.interact(() -> type.setValue(ContentType.COMMENT));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> panelShows(Category.TEMPLATE_MESSAGE));
        assertEquals("Detected: English", robot.lookup("#detected-language").queryAs(Label.class).getText());
    }

    @Test
    void a_fix_from_the_panel_replaces_the_flagged_words_and_undo_takes_it_back() throws Exception {
        start();
        robot.clickOn("#editor").write("We leverage our data.");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> panelShows(Category.CLARITY));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("Use “use”");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("We use our data.", editor().getText());

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("We leverage our data.", editor().getText());
    }

    @Test
    void ctrl_s_with_nothing_new_says_everything_is_saved() throws Exception {
        start();
        robot.clickOn("#editor").push(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Everything is saved", robot.lookup("#status").queryAs(Label.class).getText());
    }

    @Test
    void ctrl_b_and_ctrl_i_wrap_the_selection_and_the_marks_show_dimmed() throws Exception {
        start();
        robot.clickOn("#editor");
        robot.interact(() -> {
            StyleClassedTextArea area = robot.lookup("#editor").queryAs(StyleClassedTextArea.class);
            area.replaceText("Three things we changed");
            area.selectRange(6, 12);
        });
        robot.push(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea area = robot.lookup("#editor").queryAs(StyleClassedTextArea.class);
        assertEquals("Three **things** we changed", area.getText());
        assertEquals("things", area.getSelectedText());
        robot.push(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Three ***things*** we changed", area.getText());
        // The marks are dimmed, the word is bold, once the editor has styled the text.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> area.getStyleOfChar(6).contains("md-mark")
                && area.getStyleOfChar(10).contains("md-bold") && !area.getStyleOfChar(10).contains("md-mark"));
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Three **things** we changed", area.getText(), "one undo takes one command back");
    }

    @Test
    void resting_the_mouse_on_an_underline_shows_a_card_whose_fix_replaces_the_words() throws Exception {
        start();
        StyleClassedTextArea area = robot.lookup("#editor").queryAs(StyleClassedTextArea.class);
        robot.interact(() -> area.replaceText("We shipped it on time!!! The team did well."));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> area.getStyleOfChar(22).contains("finding"));
        javafx.geometry.Bounds marks = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(21, 24)
                .orElseThrow()).get();
        robot.moveTo(new javafx.geometry.Point2D(marks.getCenterX(), marks.getCenterY()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#finding-hover").tryQuery()
                .map(javafx.scene.Node::isVisible).orElse(false));
        javafx.scene.Node fix = robot.lookup("#finding-hover .finding-fix").query();
        robot.clickOn(fix);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("We shipped it on time! The team did well.", area.getText());
        assertTrue(robot.lookup("#finding-hover").tryQuery().map(n -> !n.getScene().getWindow().isShowing()).orElse(true),
                "the card goes once a fix is used");
    }

    @Test
    void f2_renames_the_open_draft_and_the_list_shows_the_new_name() throws Exception {
        start();
        robot.clickOn("#editor").push(KeyCode.F2);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#rename-dialog").tryQuery().isPresent());
        // Typing goes to the window the robot last clicked in, so click into the dialog first.
        robot.clickOn("#rename-dialog .text-field")
                .push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN))
                .write("Note for Anna")
                .push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Note for Anna", robot.lookup("#draft-title").queryAs(Label.class).getText());
        @SuppressWarnings("unchecked")
        ListView<DraftItem> drafts = robot.lookup("#drafts").queryAs(ListView.class);
        assertEquals("Note for Anna", drafts.getItems().get(0).title());

        // From the drafts list too, where the list's own keys would take F2.
        robot.clickOn("#drafts .list-cell").push(KeyCode.F2);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#rename-dialog").tryQuery().isPresent());
        robot.clickOn("#rename-dialog .text-field")
                .push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN))
                .write("Note for Ben")
                .push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Note for Ben", drafts.getItems().get(0).title());
    }

    @Test
    void a_database_that_cannot_be_opened_is_explained_by_name_and_left_unchanged() throws Exception {
        Path bad = windows.database();
        byte[] junk = "These are someone's notes, not a database. ".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(bad, junk);
        AtomicBoolean exited = new AtomicBoolean();
        FxToolkit.registerPrimaryStage();
        CompletableFuture<Application> starting = CompletableFuture.supplyAsync(() -> {
            try {
                return FxToolkit.setupApplication(() -> new ReaderFirstApp(bad, () -> exited.set(true)));
            } catch (TimeoutException e) {
                throw new IllegalStateException(e);
            }
        });

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#damaged-database").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#damaged-database").queryAs(DialogPane.class);
        String text = ((Label) dialog.getContent()).getText();
        assertTrue(text.contains(bad.toString()), text);
        assertTrue(text.contains("not a SQLite database"), text);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Quit and leave it as it is");

        Application app = starting.get(10, TimeUnit.SECONDS);
        assertTrue(exited.get());
        assertArrayEquals(junk, Files.readAllBytes(bad));
        FxToolkit.cleanupApplication(app);
    }
}
