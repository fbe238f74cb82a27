package org.readerfirst.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.readerfirst.core.model.Category;
import org.readerfirst.ui.app.AppWindows;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.panel.PanelRow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The source pane in the window: a pasted source, a draft copying part of it, the runs shaded in both. */
class SourcePaneWindowTest {

    private static final String SOURCE = "Why decision logs matter\nBy Anna Virtanen\n\nTeams that write down their"
            + " decisions and the reasons behind them ship faster, argue less and onboard new people in half the time.";
    private static final String COPIED = "Teams that write down their decisions and the reasons behind them ship faster";

    @RegisterExtension
    final AppWindows windows = new AppWindows();

    private final FxRobot robot = new FxRobot();

    private StyleClassedTextArea area(String id) {
        return robot.lookup(id).queryAs(StyleClassedTextArea.class);
    }

    private String label(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private boolean panelShowsCuration() {
        ListView<PanelRow> findings = robot.lookup("#findings").queryAs(ListView.class);
        return findings.getItems().stream()
                .anyMatch(r -> r instanceof PanelRow.Item i && i.finding().category() == Category.CURATION);
    }

    @Test
    void a_pasted_source_and_a_draft_copying_it_show_the_run_in_both_panes_the_figures_and_the_finding()
            throws Exception {
        windows.open();
        assertTrue(robot.lookup("#source-pane").tryQuery().isEmpty());

        robot.clickOn("#editor");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U).release(KeyCode.U, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#source-pane").tryQuery().isPresent());

        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(SOURCE);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#source-paste");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(SOURCE, area("#source-text").getText());

        robot.clickOn("#editor").write(COPIED + ". So true!");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::panelShowsCuration);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> area("#editor").getStyleOfChar(3).contains(SourcePaneView.COPIED));
        WaitForAsyncUtils.waitForFxEvents();

        int inSource = SOURCE.indexOf(COPIED);
        assertTrue(area("#source-text").getStyleOfChar(inSource + 3).contains(SourcePaneView.COPIED));
        assertFalse(area("#source-text").getStyleOfChar(3).contains(SourcePaneView.COPIED));
        assertFalse(area("#editor").getStyleOfChar(COPIED.length() + 4).contains(SourcePaneView.COPIED));
        assertTrue(label("#source-share").matches(".*\\d+ %"), label("#source-share"));
        assertEquals(Messages.get("source.figures.own", "2"), label("#source-own"));
        assertEquals(Messages.get("source.figures.attributed", Messages.get("source.figures.no")),
                label("#source-attributed"));

        robot.interact(() -> area("#editor").moveTo(5));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(COPIED, area("#source-text").getSelectedText());
    }
}
