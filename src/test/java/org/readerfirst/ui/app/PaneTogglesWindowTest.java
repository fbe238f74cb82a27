package org.readerfirst.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Hiding and showing the drafts list and the checks panel by their shortcuts, and finding them so after a restart. */
class PaneTogglesWindowTest {

    @RegisterExtension
    final AppWindows windows = new AppWindows();

    private final FxRobot robot = new FxRobot();
    private AppWindow window;

    private boolean shown(String id) {
        return robot.lookup(id).tryQuery().isPresent();
    }

    private void press(KeyCode letter) {
        robot.clickOn("#editor");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, letter).release(letter, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Double> dividers() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.app().view().dividers()).get();
    }

    private int splitItems() {
        return robot.lookup(".main-split").queryAs(SplitPane.class).getItems().size();
    }

    @Test
    void the_side_panes_hide_and_show_by_shortcut_and_come_back_at_their_width() throws Exception {
        window = windows.open();
        robot.interact(() -> window.app().view().setDividers(List.of(0.25, 0.6)));
        assertTrue(shown("#drafts") && shown("#findings"));

        press(KeyCode.D);
        assertFalse(shown("#drafts"), "Ctrl+Shift+D hides the drafts list");
        assertEquals(2, splitItems());
        assertEquals(0.6, robot.lookup(".main-split").queryAs(SplitPane.class).getDividerPositions()[0], 0.01,
                "the checks keep their width");
        press(KeyCode.J);
        assertFalse(shown("#findings"), "Ctrl+Shift+J hides the checks");
        assertEquals(1, splitItems());
        assertEquals(0.25, dividers().get(0), 0.01, "the hidden panes' dividers are kept");
        assertEquals(0.6, dividers().get(1), 0.01);

        press(KeyCode.D);
        assertTrue(shown("#drafts"));
        assertEquals(0.25, robot.lookup(".main-split").queryAs(SplitPane.class).getDividerPositions()[0], 0.01,
                "the drafts list comes back at its width");
        press(KeyCode.J);
        assertTrue(shown("#findings"));
        assertEquals(3, splitItems());
        assertEquals(0.25, dividers().get(0), 0.01);
        assertEquals(0.6, dividers().get(1), 0.01);
    }

    @Test
    void hidden_panes_stay_hidden_after_a_restart_with_their_dividers() throws Exception {
        window = windows.open();
        robot.interact(() -> window.app().view().setDividers(List.of(0.22, 0.65)));
        press(KeyCode.J);
        assertFalse(shown("#findings"));

        window.restart();
        assertFalse(shown("#findings"), "the checks stay hidden");
        assertTrue(shown("#drafts"));
        assertEquals(0.22, dividers().get(0), 0.02);
        assertEquals(0.65, dividers().get(1), 0.02);

        press(KeyCode.J);
        assertTrue(shown("#findings"));
        assertEquals(0.65, robot.lookup(".main-split").queryAs(SplitPane.class).getDividerPositions()[1], 0.02,
                "the checks come back at the width they had before the restart");
        window.restart();
        assertTrue(shown("#findings") && shown("#drafts"));
    }

    @Test
    void searching_the_drafts_shows_their_list_first() throws Exception {
        window = windows.open();
        press(KeyCode.D);
        assertFalse(shown("#drafts"));
        robot.clickOn("#editor");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown("#drafts"));
        assertTrue(robot.lookup("#draft-search").query().isFocused());
    }

    @Test
    void the_checks_stay_hidden_while_a_draft_beside_opens_and_closes() throws Exception {
        window = windows.open();
        robot.interact(() -> window.app().view().viewModel().newDraft());
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.app().view().viewModel().models().drafts().items().size() >= 2);
        press(KeyCode.J);
        robot.interact(() -> {
            MainViewModel vm = window.app().view().viewModel();
            vm.openBeside(vm.models().drafts().items().stream().filter(i -> i != vm.models().drafts().selected()).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown("#beside-pane"));
        assertFalse(shown("#findings") || shown("#beside-checks"), "neither draft's checks show");
        press(KeyCode.J);
        assertTrue(shown("#findings") && shown("#beside-checks"));
        press(KeyCode.J);
        robot.interact(() -> window.app().view().viewModel().openBeside(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown("#beside-pane") || shown("#findings"));
        assertEquals(2, splitItems());
    }
}
