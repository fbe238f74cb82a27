package org.readerfirst.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.readerfirst.ui.common.Wcag;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every text the window shows can be read: with the side panes, the source and the preview open,
 * each text's colour against the background behind it has a contrast of 4.5:1 or more (WCAG AA), in
 * both themes and both languages.
 */
class ContrastWindowTest {

    @RegisterExtension
    final AppWindows windows = new AppWindows();
    private final FxRobot robot = new FxRobot();

    @ParameterizedTest
    @CsvSource({"light, english", "dark, english", "light, finnish", "dark, finnish"})
    void every_text_has_a_contrast_of_at_least_four_and_a_half_to_one(String theme, String language) throws Exception {
        AppWindow window = windows.openWithLaunchPost(theme, language);
        window.openSourceAndPreview();

        List<String> unreadable = new ArrayList<>();
        int[] texts = {0};
        robot.interact(() -> walk(window.stage().getScene().getRoot(), unreadable, texts));
        assertTrue(texts[0] > 50, "texts looked at: " + texts[0]);
        // The publishing log, its own window: the table, the chart and its figures.
        robot.push(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.L,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN, javafx.scene.input.KeyCombination.SHIFT_DOWN));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#log-table").tryQuery().isPresent());
        WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        int before = texts[0];
        robot.interact(() -> walk(robot.lookup("#log-table").query().getScene().getRoot(), unreadable, texts));
        assertTrue(texts[0] > before + 5, "texts in the log looked at: " + (texts[0] - before));
        assertEquals(List.of(), unreadable, theme + " " + language);
    }

    private static void walk(Node node, List<String> unreadable, int[] texts) {
        if (!node.isVisible() || node.getOpacity() < 1 || node.isDisabled()) {
            // Hidden, or shown faded on purpose (a disabled control, text past the fold).
            return;
        }
        if (node instanceof Text t && !t.getText().isBlank() && t.getFill() instanceof Color fill
                && fill.getOpacity() > 0 && !t.getStyleClass().contains("preview-hidden")) {
            texts[0]++;
            Color behind = background(t.getParent());
            Color shown = Wcag.blend(fill, behind);
            double ratio = Wcag.contrast(shown, behind);
            if (ratio < Wcag.AA) {
                unreadable.add(String.format(Locale.ROOT, "%.2f:1 \"%s\" %s on %s in %s", ratio,
                        t.getText().length() > 30 ? t.getText().substring(0, 30) : t.getText(), shown, behind,
                        path(t)));
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, unreadable, texts);
            }
        }
    }

    /** The colour behind a node: the nearest filled background up the tree, see-through fills laid over it. */
    static Color background(Node node) {
        List<Color> layers = new ArrayList<>();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region r && r.getBackground() != null) {
                Color c = topFill(r.getBackground());
                if (c != null && c.getOpacity() > 0) {
                    layers.add(0, c);
                    if (c.getOpacity() >= 0.99) {
                        break;
                    }
                }
            }
        }
        Color out = Color.WHITE;
        for (Color c : layers) {
            out = Wcag.blend(c, out);
        }
        return out;
    }

    private static Color topFill(Background b) {
        Color top = null;
        for (BackgroundFill f : b.getFills()) {
            Paint p = f.getFill();
            if (p instanceof Color c && c.getOpacity() > 0) {
                top = top == null ? c : Wcag.blend(c, top);
            }
        }
        return top;
    }

    private static String path(Node n) {
        StringBuilder out = new StringBuilder();
        for (Node p = n; p != null && out.length() < 160; p = p.getParent()) {
            String id = p.getId() != null ? "#" + p.getId() : p.getStyleClass().isEmpty() ? p.getClass().getSimpleName()
                    : "." + p.getStyleClass().get(p.getStyleClass().size() - 1);
            out.insert(0, id + (out.length() > 0 ? " > " : ""));
        }
        return out.toString();
    }
}
