package org.readerfirst.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.Finding;
import org.readerfirst.store.StoredAudience;
import org.readerfirst.ui.panel.FindingCell;
import org.readerfirst.ui.panel.PanelRow;
import org.readerfirst.ui.panel.RulePacksViewModelTest;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** The score, "Not here", checks turned off, audiences and the writer's rule packs, driven by a robot. */
class ReaderFirstAppChoicesTest {

    @RegisterExtension
    final AppWindows windows = new AppWindows();

    private final FxRobot robot = new FxRobot();
    private AppWindow window;

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

    private static boolean onLeverage(Finding f) {
        return f.category() == Category.CLARITY && f.start() == 3;
    }

    private int shownScore() {
        String text = robot.lookup("#score-total").queryAs(Label.class).getText();
        return text.chars().allMatch(Character::isDigit) ? Integer.parseInt(text) : -1;
    }

    /** Clicks an action link on the card of the first finding that matches. */
    private void clickOnCard(Predicate<Finding> which, String action) {
        Node cell = robot.lookup(".finding-cell").match(NodeQueryUtils.isVisible()).queryAll().stream()
                .filter(n -> n instanceof FindingCell c && c.getItem() instanceof PanelRow.Item i && which.test(i.finding()))
                .findFirst().orElseThrow();
        robot.clickOn(robot.from(cell).lookup(action).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The panel's heading also says "Checks": open the menu of the menu bar. */
    private void chooseFromChecksMenu(String item) {
        robot.clickOn(robot.from(robot.lookup("#menu-bar").queryAs(Node.class)).lookup("Checks").queryAs(Node.class));
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typing_a_stock_greeting_lowers_the_shown_score() throws Exception {
        window = windows.open();
        robot.clickOn("#content-type");
        robot.clickOn("Message");
        robot.clickOn("#editor").write("Thanks for your talk on audit sampling.");
        waitFor(() -> shownScore() >= 0 && !robot.lookup("#editor").queryAs(StyleClassedTextArea.class).getText().isEmpty());
        waitFor(() -> !findings().getItems().isEmpty() || shownScore() == 100);
        int before = shownScore();

        robot.push(KeyCode.HOME).write("Happy birthday! ");

        waitFor(() -> panelShows(f -> f.category() == Category.TEMPLATE_MESSAGE));
        assertTrue(shownScore() < before, shownScore() + " is not below " + before);
        assertTrue(robot.lookup("#score-breakdown").queryAs(Node.class).lookupAll(".score-chip").stream()
                .anyMatch(n -> ((Label) n).getText().startsWith("Stock message")));
    }

    @Test
    void not_here_hides_the_finding_even_after_a_restart_and_undo_brings_it_back() throws Exception {
        window = windows.open();
        robot.clickOn("#editor").write("We leverage our data.");
        waitFor(() -> panelShows(ReaderFirstAppChoicesTest::onLeverage));

        clickOnCard(ReaderFirstAppChoicesTest::onLeverage, ".dismiss-finding");

        waitFor(() -> !panelShows(ReaderFirstAppChoicesTest::onLeverage));
        assertEquals("Dismissed (1)", robot.lookup("#dismissed-header").queryAs(Label.class).getText());

        window.restart();
        assertEquals("We leverage our data.", editor().getText());
        waitFor(() -> robot.lookup("#detected-language").queryAs(Label.class).isVisible());
        assertFalse(panelShows(ReaderFirstAppChoicesTest::onLeverage), "still dismissed after a restart");

        robot.clickOn(".undo-dismissal");
        waitFor(() -> panelShows(ReaderFirstAppChoicesTest::onLeverage));
        assertFalse(robot.lookup("#dismissed").queryAs(Node.class).isVisible());
    }

    @Test
    void a_check_turned_off_from_its_card_is_turned_on_again_from_the_checks_menu() throws Exception {
        window = windows.open();
        robot.clickOn("#editor").write("We leverage our data.");
        waitFor(() -> panelShows(ReaderFirstAppChoicesTest::onLeverage));
        String ruleId = findings().getItems().stream().filter(r -> r instanceof PanelRow.Item i && onLeverage(i.finding()))
                .map(r -> ((PanelRow.Item) r).finding().ruleId()).findFirst().orElseThrow();

        clickOnCard(ReaderFirstAppChoicesTest::onLeverage, ".turn-off-check");
        waitFor(() -> !panelShows(ReaderFirstAppChoicesTest::onLeverage));

        chooseFromChecksMenu("Checks turned off…");
        waitFor(() -> robot.lookup("#turn-on-" + ruleId).tryQuery().isPresent());
        robot.clickOn("#turn-on-" + ruleId);
        waitFor(() -> panelShows(ReaderFirstAppChoicesTest::onLeverage));
        assertTrue(robot.lookup("All checks are on.").tryQuery().isPresent());
        robot.clickOn("Close");
    }

    @Test
    void an_audience_made_in_the_dialog_can_be_chosen_for_the_draft_and_the_audience_check_speaks() throws Exception {
        window = windows.open();
        chooseFromChecksMenu("Audiences…");
        waitFor(() -> robot.lookup("#audiences-dialog").tryQuery().isPresent());
        robot.clickOn("#audience-save");
        assertTrue(robot.lookup("#audience-message").queryAs(Label.class).getText().startsWith("Give the audience a name"));

        robot.clickOn("#audience-name").write("Finance leads");
        robot.clickOn("#audience-interests").write("cash flow, month-end close, audit");
        robot.clickOn("#audience-save");
        waitFor(() -> robot.lookup("#audience-message").queryAs(Label.class).getText().startsWith("Saved"));
        robot.clickOn("Close");

        @SuppressWarnings("unchecked")
        ComboBox<Optional<StoredAudience>> audience = robot.lookup("#audience").queryAs(ComboBox.class);
        robot.clickOn("#audience");
        robot.clickOn("Finance leads");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Finance leads", audience.getValue().orElseThrow().audience().name());
        robot.clickOn("#editor").write("Our office moved to a new building this month and the team finally has a"
                + " proper kitchen. The coffee is better, the view is nice and the walk from the station is shorter too.");
        waitFor(() -> panelShows(f -> f.ruleId().equals("audience-fit")));
    }

    @Test
    void a_pack_with_a_typo_is_named_in_the_panel_and_its_rule_works_after_fixing_and_reloading() throws Exception {
        RulePacksViewModelTest.writePack(windows.folder().resolve("rules"), "severty");
        window = windows.open();
        Label problem = (Label) robot.lookup(".pack-notice-problem").queryAs(Node.class);
        assertTrue(problem.getText().startsWith("house.yaml, line 6:"), problem.getText());
        assertTrue(problem.getText().contains("severty"), problem.getText());

        RulePacksViewModelTest.writePack(windows.folder().resolve("rules"), "severity");
        robot.clickOn("#editor").push(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> !robot.lookup("#pack-notice").queryAs(Node.class).isVisible());

        robot.write("We will frobnicate the merger.");
        waitFor(() -> panelShows(f -> f.ruleId().equals("house-frobnicate")));
    }
}
