package org.readerfirst.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Every command of the menus can be reached from the keyboard, in English and in Finnish. */
class KeyboardReachWindowTest {

    @RegisterExtension
    final AppWindows windows = new AppWindows();

    private final FxRobot robot = new FxRobot();

    private void start(String language) throws Exception {
        windows.open(store -> {
            store.putSetting(AppearanceViewModel.LANGUAGE, language);
            if (store.list().isEmpty()) {
                store.create("First", "One draft.", ContentType.POST, Language.ENGLISH);
                store.create("Second", "Another draft.", ContentType.POST, Language.ENGLISH);
            }
        });
    }

    private MenuBar bar() {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class);
    }

    /** What keeps a menu bar from being used by keyboard alone; empty when nothing does. */
    private static List<String> unreachable(MenuBar bar) {
        List<String> out = new ArrayList<>();
        Map<Character, String> letters = new HashMap<>();
        for (Menu menu : bar.getMenus()) {
            String text = menu.getText();
            int at = text.indexOf('_');
            boolean mnemonic = menu.isMnemonicParsing() && at >= 0 && at + 1 < text.length()
                    && Character.isLetter(text.charAt(at + 1));
            if (!mnemonic) {
                out.add(text + " has no Alt+letter");
            } else {
                String other = letters.put(Character.toLowerCase(text.charAt(at + 1)), text);
                if (other != null) {
                    out.add(text + " and " + other + " share Alt+" + text.charAt(at + 1));
                }
            }
            for (MenuItem item : items(menu)) {
                if (!mnemonic && item.getAccelerator() == null) {
                    out.add(text + " › " + item.getText() + " cannot be reached by keyboard");
                }
            }
        }
        return out;
    }

    private static List<MenuItem> items(Menu menu) {
        List<MenuItem> all = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                all.addAll(items(sub));
            } else if (!(item instanceof SeparatorMenuItem)) {
                all.add(item);
            }
        }
        return all;
    }

    /** Two commands on one shortcut: the second would never run. */
    private static List<String> clashes(MenuBar bar) {
        Map<String, String> seen = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : items(menu)) {
                if (item.getAccelerator() != null) {
                    String other = seen.put(item.getAccelerator().getName(), item.getText());
                    if (other != null) {
                        out.add(item.getAccelerator().getDisplayText() + ": " + other + " and " + item.getText());
                    }
                }
            }
        }
        return out;
    }

    @Test
    void every_menu_opens_with_alt_and_its_letter_and_no_two_commands_share_a_shortcut() throws Exception {
        start("english");
        assertEquals(List.of(), unreachable(bar()));
        assertEquals(List.of(), clashes(bar()));
        assertTrue(items(bar().getMenus().get(3)).stream().anyMatch(i -> "menu-view-drafts".equals(i.getId())));

        robot.clickOn("#editor");
        robot.press(KeyCode.ALT, KeyCode.F).release(KeyCode.F, KeyCode.ALT);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> bar().getMenus().get(0).isShowing());
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void the_finnish_menus_open_with_alt_and_their_own_letters() throws Exception {
        start("finnish");
        assertEquals("Tar_kistukset", bar().getMenus().get(2).getText());
        assertEquals(List.of(), unreachable(bar()));
        assertEquals(List.of(), clashes(bar()));
    }

    @Test
    void the_menu_key_in_the_drafts_list_opens_the_chosen_draft_s_menu() throws Exception {
        start("english");
        robot.clickOn("#drafts");
        robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof ContextMenu c && c.isShowing()
                        && c.getItems().stream().anyMatch(i -> "draft-status".equals(i.getId()))));
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void tab_from_the_findings_reaches_the_buttons_of_a_finding() throws Exception {
        start("english");
        robot.clickOn("#editor").write("In order to utilize the new process, we basically need to leverage synergies.");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".finding-cell").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#findings").query().requestFocus());
        robot.push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node focused = robot.lookup("#findings").query().getScene().getFocusOwner();
        assertTrue(focused instanceof javafx.scene.control.Hyperlink, String.valueOf(focused));
        assertTrue(robot.lookup(".finding-cell").queryAll().stream().anyMatch(cell -> isInside(focused, cell)),
                String.valueOf(focused));
    }

    @Test
    void up_and_down_in_the_findings_go_from_finding_to_finding_past_the_headings() throws Exception {
        start("english");
        robot.clickOn("#editor").write("In order to utilize the new process, we basically need to leverage synergies!!! "
                + "Comment YES below. #a #b #c #d #e #f #g");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.readerfirst.ui.panel.PanelRow> findings =
                robot.lookup("#findings").queryAs(javafx.scene.control.ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> findings.getItems().stream()
                .filter(r -> r instanceof org.readerfirst.ui.panel.PanelRow.Heading).count() >= 2);
        // The grammar checker may add its findings a moment later: let the list settle first.
        WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            findings.requestFocus();
            findings.getSelectionModel().clearAndSelect(1);
        });
        int items = (int) findings.getItems().stream().filter(r -> r instanceof org.readerfirst.ui.panel.PanelRow.Item)
                .count();
        java.util.List<Integer> visited = new java.util.ArrayList<>();
        for (int i = 0; i < items + 2; i++) {
            assertTrue(findings.getSelectionModel().getSelectedItem() instanceof org.readerfirst.ui.panel.PanelRow.Item,
                    "a heading was selected at " + findings.getSelectionModel().getSelectedIndex());
            visited.add(findings.getSelectionModel().getSelectedIndex());
            robot.push(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        int lastItem = findings.getItems().size() - 1;
        assertEquals(lastItem, (int) visited.get(visited.size() - 1), "down reaches the last finding: " + visited);
        for (int i = 1; i < visited.size(); i++) {
            int from = visited.get(i - 1);
            int to = visited.get(i);
            assertTrue(to == from + 1 || to == from + 2 && findings.getItems().get(from + 1)
                    instanceof org.readerfirst.ui.panel.PanelRow.Heading || to == from && from == lastItem,
                    "one finding at a time, a heading passed over: " + visited);
        }
        for (int i = 0; i < items + 2; i++) {
            robot.push(KeyCode.UP);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(findings.getSelectionModel().getSelectedItem() instanceof org.readerfirst.ui.panel.PanelRow.Item,
                    "a heading was selected at " + findings.getSelectionModel().getSelectedIndex());
        }
        assertEquals(1, findings.getSelectionModel().getSelectedIndex(), "back at the first finding");
    }

    @Test
    void the_surface_and_audience_boxes_keep_their_width_whatever_is_chosen() throws Exception {
        windows.seed(store -> store.saveAudience(0, new org.readerfirst.core.model.Audience("Chief financial officers "
                + "of mid-sized Nordic manufacturing companies", "CFOs", List.of("cash flow"), Language.ENGLISH)));
        start("english");
        javafx.scene.control.ComboBox<?> type = robot.lookup("#content-type").queryAs(javafx.scene.control.ComboBox.class);
        javafx.scene.control.ComboBox<?> audience = robot.lookup("#audience").queryAs(javafx.scene.control.ComboBox.class);
        double typeWidth = type.getWidth();
        double audienceWidth = audience.getWidth();
        double copyX = robot.lookup("#copy-for-linkedin").query().localToScene(0, 0).getX();
        robot.interact(() -> {
            type.getSelectionModel().select(type.getItems().size() - 1);
            audience.getSelectionModel().select(audience.getItems().size() - 1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(typeWidth, type.getWidth(), 0.5);
        assertEquals(audienceWidth, audience.getWidth(), 0.5, "a long audience name does not widen the box");
        assertEquals(copyX, robot.lookup("#copy-for-linkedin").query().localToScene(0, 0).getX(), 0.5,
                "the toolbar does not move");
    }

    @Test
    void a_long_fix_stays_inside_its_card() throws Exception {
        java.nio.file.Files.createDirectories(windows.folder().resolve("rules"));
        java.nio.file.Files.writeString(windows.folder().resolve("rules/house.yaml"), String.join("\n",
                "language: en",
                "rules:",
                "  - id: house-long-fix",
                "    kind: phrase",
                "    category: clarity",
                "    severity: warning",
                "    message:",
                "      en: \"{match} is a house word to avoid.\"",
                "      fi: \"{match} on talon sana.\"",
                "    phrases:",
                "      - widgets",
                "    suggestions: [\"the savings we expect from sharing one support team across both product lines "
                        + "next year and the year after\"]",
                "    examples:",
                "      type: post",
                "      flagged: [\"We sell widgets.\"]",
                "      clean: [\"We share one support team.\"]",
                ""));
        start("english");
        robot.clickOn("#editor").write("We sell widgets.");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.readerfirst.ui.panel.PanelRow> findings =
                robot.lookup("#findings").queryAs(javafx.scene.control.ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> findings.getItems().stream().anyMatch(r ->
                r instanceof org.readerfirst.ui.panel.PanelRow.Item i && i.finding().ruleId().equals("house-long-fix")));
        robot.interact(() -> findings.scrollTo(findings.getItems().stream().filter(r ->
                r instanceof org.readerfirst.ui.panel.PanelRow.Item i && i.finding().ruleId().equals("house-long-fix"))
                .findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".finding-fix").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.Labeled) n).getText().contains("the savings")));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node fix = robot.lookup(".finding-fix").queryAll().stream()
                .filter(n -> ((javafx.scene.control.Labeled) n).getText().contains("the savings")).findFirst().orElseThrow();
        javafx.scene.Node card = fix;
        while (!card.getStyleClass().contains("finding-cell")) {
            card = card.getParent();
        }
        javafx.geometry.Bounds fixBounds = fix.localToScene(fix.getLayoutBounds());
        javafx.geometry.Bounds cardBounds = card.localToScene(card.getLayoutBounds());
        assertTrue(fixBounds.getMaxX() <= cardBounds.getMaxX(), fixBounds + " outside " + cardBounds);
    }

    @Test
    void f8_selects_the_next_finding_in_the_text_and_marks_its_card_in_the_panel() throws Exception {
        start("english");
        robot.clickOn("#editor").write("In order to utilize the new process, we basically need to leverage synergies!!! "
                + "Comment YES below.");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.readerfirst.ui.panel.PanelRow> findings =
                robot.lookup("#findings").queryAs(javafx.scene.control.ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> findings.getItems().size() > 4);
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        org.fxmisc.richtext.StyleClassedTextArea area =
                robot.lookup("#editor").queryAs(org.fxmisc.richtext.StyleClassedTextArea.class);
        robot.interact(() -> area.moveTo(0));
        for (int i = 0; i < 3; i++) {
            robot.push(KeyCode.F8);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(findings.getSelectionModel().getSelectedItem() instanceof org.readerfirst.ui.panel.PanelRow.Item,
                    "the card is marked");
            org.readerfirst.ui.panel.PanelRow.Item card =
                    (org.readerfirst.ui.panel.PanelRow.Item) findings.getSelectionModel().getSelectedItem();
            assertEquals(card.finding().start(), area.getSelection().getStart(), "the card is the selected finding's");
        }
    }

    private static boolean isInside(javafx.scene.Node node, javafx.scene.Node parent) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }
}
