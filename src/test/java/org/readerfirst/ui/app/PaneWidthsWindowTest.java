package org.readerfirst.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.readerfirst.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With the source and the preview open beside the editor, everything still fits the window: the
 * checks, the character counter and the grammar status stay on screen, and no button is cut short.
 */
class PaneWidthsWindowTest {

    @RegisterExtension
    final AppWindows windows = new AppWindows();
    private final FxRobot robot = new FxRobot();

    @ParameterizedTest
    @CsvSource({"1188, english", "1188, finnish", "1000, english", "1000, finnish"})
    void source_and_preview_open_keep_every_control_in_the_window_and_whole(double width, String language)
            throws Exception {
        AppWindow window = windows.openWithLaunchPost("light", language);
        robot.interact(() -> window.stage().setWidth(width));
        WaitForAsyncUtils.waitForFxEvents();
        double checksBefore = robot.lookup(".check-pane").query().getLayoutBounds().getWidth();
        window.openSourceAndPreview();

        double sceneWidth = window.stage().getScene().getWidth();
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            for (String id : List.of("#char-counter", "#grammar-status", "#findings", "#copy-for-linkedin", "#preview-pane",
                    "#editor")) {
                Node n = robot.lookup(id).query();
                Bounds b = n.localToScene(n.getLayoutBounds());
                if (b.getMaxX() > sceneWidth + 0.5 || b.getWidth() < 1) {
                    problems.add(id + " ends at " + b.getMaxX() + " of " + sceneWidth);
                }
            }
            for (Node n : robot.lookup(".finding-action").queryAll()) {
                if (n instanceof Labeled l && n.isVisible() && cut(l)) {
                    problems.add("cut short: " + l.getText());
                }
            }
            List<Node> controls = new ArrayList<>(robot.lookup(".button").queryAll());
            controls.addAll(robot.lookup(".source-figure").queryAll());
            for (Node n : controls) {
                if (n instanceof Labeled l && n.isVisible() && n.getScene() == window.stage().getScene() && cut(l)) {
                    problems.add("button cut short: " + l.getText());
                }
                Node pane = paneOf(n);
                if (pane != null && n.isVisible()) {
                    Bounds b = n.localToScene(n.getLayoutBounds());
                    Bounds p = pane.localToScene(pane.getLayoutBounds());
                    if (b.getMaxX() > p.getMaxX() + 0.5) {
                        problems.add("past its pane's edge: " + (n.getId() != null ? n.getId() : n));
                    }
                }
            }
        });
        assertEquals(List.of(), problems, width + " " + language);
        assertTrue(window.app().view().viewModel().models().preview().openProperty().get());

        // In the narrow window the drafts list stepped aside, and comes back when the room does.
        if (width <= 1000) {
            assertTrue(robot.lookup("#drafts").tryQuery().isEmpty(), "the drafts list made room at " + width);
            assertTrue(window.app().view().viewModel().statusProperty().get().contains(
                    Messages.get("status.drafts.aside")), window.app().view().viewModel().statusProperty().get());
        }
        robot.interact(() -> window.app().view().viewModel().models().preview().openProperty().set(false));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#drafts").tryQuery().isPresent());
        // With both panes closed, the checks have the width they had before, not the narrow one.
        robot.interact(() -> window.app().view().viewModel().models().sourcePane().openProperty().set(false));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(checksBefore, robot.lookup(".check-pane").query().getLayoutBounds().getWidth(), 2.0);
    }

    /** The pane a control stands in: the drafts list, the checks, the source or the preview. */
    private static Node paneOf(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("side-pane") || "preview-pane".equals(p.getId())
                    || "source-pane".equals(p.getId())) {
                return p;
            }
        }
        return null;
    }

    /** Whether the label shows less than its text (an ellipsis in place of the end). */
    private static boolean cut(Labeled l) {
        Node shown = l.lookup(".text");
        return l.getText() != null && !l.getText().isEmpty() && shown instanceof Text t && !t.getText().equals(l.getText());
    }
}
