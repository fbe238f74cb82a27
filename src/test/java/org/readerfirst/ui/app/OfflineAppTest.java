package org.readerfirst.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.NetworkWatch;
import org.readerfirst.core.model.Category;
import org.readerfirst.store.DraftStore;
import org.readerfirst.ui.panel.PanelRow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A session in the window without one use of the network: the app starts and loads LanguageTool and
 * Voikko, the writer types, grammar findings appear, the draft is saved and copied for LinkedIn.
 */
class OfflineAppTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();

    @Test
    void a_session_in_the_window_never_touches_the_network() throws Exception {
        Path db = folder.resolve("drafts.db");
        try (NetworkWatch watch = NetworkWatch.start()) {
            AppWindow window = new AppWindow(folder);
            window.start();
            try {
                robot.clickOn("#editor").write("Their is three lessons we learned. Comment YES below!!!");
                @SuppressWarnings("unchecked")
                ListView<PanelRow> findings = robot.lookup("#findings").queryAs(ListView.class);
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> findings.getItems().stream()
                        .anyMatch(r -> r instanceof PanelRow.Item i && i.finding().category() == Category.GRAMMAR));
                robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
                AppWindows.copyAfterQuestions(robot);
                String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
                assertTrue(copied != null && copied.startsWith("Their is three lessons"), String.valueOf(copied));
                window.close();
            } finally {
                window.stop();
            }
            assertEquals(java.util.List.of(), watch.attempts(), "network use during the session");
        }
        try (DraftStore store = DraftStore.open(db)) {
            assertTrue(store.list().stream().anyMatch(d -> d.body().startsWith("Their is three lessons")));
        }
    }
}
