package org.readerfirst.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.PopupWindow;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.Finding;
import org.readerfirst.grammar.GrammarService;
import org.readerfirst.ui.panel.FindingCell;
import org.readerfirst.ui.panel.GuidanceWindow;
import org.readerfirst.ui.panel.PanelRow;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Grammar and spelling in the window with the real LanguageTool, driven by a robot. One grammar
 * service serves every window of the class: building LanguageTool takes seconds.
 */
class GrammarWindowTest {

    private static GrammarService grammar;

    @RegisterExtension
    final AppWindows windows = new AppWindows().withGrammar(() -> grammar);

    private final FxRobot robot = new FxRobot();
    private AppWindow window;

    @BeforeAll
    static void startGrammar() throws Exception {
        grammar = new GrammarService().start();
        grammar.loaded().get(60, TimeUnit.SECONDS);
    }

    @AfterAll
    static void closeGrammar() {
        grammar.close();
    }

    private StyleClassedTextArea editor() {
        return robot.lookup("#editor").queryAs(StyleClassedTextArea.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<PanelRow> findings() {
        return robot.lookup("#findings").queryAs(ListView.class);
    }

    private boolean panelShows(Predicate<Finding> which) {
        return findings().getItems().stream().anyMatch(r -> r instanceof PanelRow.Item i && which.test(i.finding()));
    }

    private static boolean goesForGo(Finding f) {
        return f.category() == Category.GRAMMAR && f.suggestions().contains("goes");
    }

    private static boolean spelling(Finding f) {
        return f.category() == Category.SPELLING;
    }

    private void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The item with this text in an open pop-up menu, or null while there is none. */
    private Node inMenu(String text) {
        return robot.lookup((Node n) -> n instanceof Labeled l && text.equals(l.getText()) && n.isVisible()
                && n.getScene() != null && n.getScene().getWindow() instanceof PopupWindow).tryQuery().orElse(null);
    }

    /** The caret on the word, then Shift+F10, as a keyboard user opens the menu on it. */
    private void openMenuAt(int position) {
        robot.interact(() -> editor().moveTo(position));
        robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void chooseFromChecksMenu(String item) {
        robot.clickOn(robot.from(robot.lookup("#menu-bar").queryAs(Node.class)).lookup("Checks").queryAs(Node.class));
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void the_status_line_says_grammar_is_ready_once_it_has_loaded() throws Exception {
        window = windows.open();
        waitFor(() -> "Grammar: ready".equals(robot.lookup("#grammar-status").queryAs(Label.class).getText()));
    }

    @Test
    void he_go_to_work_in_a_post_offers_goes_and_one_click_puts_it_in() throws Exception {
        window = windows.open();
        robot.clickOn("#editor").write("He go to work.");
        waitFor(() -> panelShows(GrammarWindowTest::goesForGo));
        assertTrue(editor().getStyleOfChar(4).stream().anyMatch(s -> s.startsWith("finding-")));

        Node cell = robot.lookup(".finding-cell").match(NodeQueryUtils.isVisible()).queryAll().stream()
                .filter(n -> n instanceof FindingCell c && c.getItem() instanceof PanelRow.Item i && goesForGo(i.finding()))
                .findFirst().orElseThrow();
        robot.clickOn(robot.from(cell).lookup("Use “goes”").queryAs(Node.class));
        waitFor(() -> editor().getText().equals("He goes to work."));
        waitFor(() -> !panelShows(GrammarWindowTest::goesForGo));
    }

    @Test
    void a_word_added_to_the_dictionary_is_not_flagged_again_even_after_a_restart() throws Exception {
        window = windows.open();
        String text = "He go to the Qwertzuiop meeting.";
        robot.clickOn("#editor").write(text);
        waitFor(() -> panelShows(GrammarWindowTest::spelling) && panelShows(GrammarWindowTest::goesForGo));

        openMenuAt(text.indexOf("Qwertzuiop") + 2);
        robot.clickOn("Add “Qwertzuiop” to dictionary");
        waitFor(() -> !panelShows(GrammarWindowTest::spelling));

        window.restart();
        assertEquals(text, editor().getText());
        // The grammar check has spoken once "goes" is offered again; the word stays unflagged.
        waitFor(() -> panelShows(GrammarWindowTest::goesForGo));
        assertFalse(panelShows(GrammarWindowTest::spelling));
    }

    @Test
    void a_right_click_on_an_underlined_word_offers_its_fix() throws Exception {
        window = windows.open();
        robot.clickOn("#editor").write("He go to work.");
        waitFor(() -> panelShows(GrammarWindowTest::goesForGo));

        Bounds go = WaitForAsyncUtils.asyncFx(() -> editor().getCharacterBoundsOnScreen(3, 5).orElseThrow())
                .get(5, TimeUnit.SECONDS);
        robot.moveTo(new Point2D(go.getCenterX(), go.getCenterY())).clickOn(MouseButton.SECONDARY);
        // The panel offers the same fix as a link; the one wanted is the item in the menu that opened.
        waitFor(() -> inMenu("Use “goes”") != null);
        robot.clickOn(inMenu("Use “goes”"));
        waitFor(() -> editor().getText().equals("He goes to work."));
    }

    @Test
    void the_menu_on_an_underlined_word_opens_the_guidance_at_its_principle() throws Exception {
        window = windows.open();
        robot.clickOn("#editor").write("He go to work.");
        waitFor(() -> panelShows(GrammarWindowTest::goesForGo));

        openMenuAt(4);
        robot.clickOn("Why? Read the guidance");
        WaitForAsyncUtils.waitForFxEvents();
        GuidanceWindow guidance = window.app().view().help().guidance();
        assertTrue(guidance != null && guidance.isShowing());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.readerfirst.core.model.Category> index =
                (javafx.scene.control.ListView<org.readerfirst.core.model.Category>) guidance.stage().getScene()
                        .lookup("#guide-index");
        // The menu lists every finding on the word, each with its own "Why?": the first one's principle opens.
        var categories = window.app().view().model().models().editor().live().findingsAt(4).stream().map(f -> f.category()).toList();
        assertEquals(categories.get(0), index.getSelectionModel().getSelectedItem(), categories.toString());
        robot.interact(() -> guidance.stage().hide());
    }

    @Test
    void ignoring_a_rule_removes_its_findings_and_checking_it_again_brings_them_back() throws Exception {
        window = windows.open();
        robot.clickOn("#editor").write("He go to work.");
        waitFor(() -> panelShows(GrammarWindowTest::goesForGo));

        openMenuAt(4);
        robot.clickOn("Ignore this rule");
        waitFor(() -> !panelShows(GrammarWindowTest::goesForGo));

        chooseFromChecksMenu("Checks turned off…");
        waitFor(() -> robot.lookup("Check again").tryQuery().isPresent());
        robot.clickOn("Check again");
        robot.clickOn("Close");
        waitFor(() -> panelShows(GrammarWindowTest::goesForGo));
    }
}
