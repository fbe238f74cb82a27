package org.readerfirst.ui.app;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.readerfirst.grammar.GrammarService;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app's window for a window test, on {@code drafts.db} in the test's folder: started, closed
 * as the writer closes it and started again, and cleaned up after the test.
 */
public final class AppWindow {

    private final FxRobot robot = new FxRobot();
    private final Path folder;
    /** One LanguageTool shared by a test class's windows; null when each app builds its own. */
    private final GrammarService grammar;
    private Stage stage;
    private ReaderFirstApp app;

    public AppWindow(Path folder) {
        this(folder, null);
    }

    public AppWindow(Path folder, GrammarService grammar) {
        this.folder = folder;
        this.grammar = grammar;
    }

    public void start() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        Path db = folder.resolve("drafts.db");
        Path rules = folder.resolve("rules");
        app = (ReaderFirstApp) FxToolkit.setupApplication(() -> grammar == null
                ? new ReaderFirstApp(db, rules, () -> { })
                : new ReaderFirstApp(db, rules, () -> { }, grammar));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the window as its close button does, then starts the app again on the same folder. */
    void restart() throws TimeoutException {
        close();
        start();
    }

    /** Closes the window as its close button does and stops the app: what is saved is in the database. */
    void close() throws TimeoutException {
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        FxToolkit.cleanupApplication(app);
        app = null;
    }

    /** After each test: the app stopped and every stage closed. */
    public void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    public Stage stage() {
        return stage;
    }

    public ReaderFirstApp app() {
        return app;
    }
}
