package org.readerfirst.ui.app;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.readerfirst.grammar.GrammarService;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app's window for a window test, on {@code drafts.db} in the test's folder: started, closed
 * as the writer closes it and started again. A test opens it through {@link AppWindows}, which stops
 * it after the test.
 */
public final class AppWindow {

    private final FxRobot robot = new FxRobot();
    private final Path folder;
    /** One LanguageTool shared by a test class's windows; null when each app builds its own. */
    private final GrammarService grammar;
    private Stage stage;
    private ReaderFirstApp app;

    AppWindow(Path folder) {
        this(folder, null);
    }

    AppWindow(Path folder, GrammarService grammar) {
        this.folder = folder;
        this.grammar = grammar;
    }

    /** Opens the source and the preview beside the editor and waits until the checks show. */
    public void openSourceAndPreview() throws TimeoutException {
        robot.interact(() -> {
            app.view().viewModel().models().sourcePane().openProperty().set(true);
            app.view().viewModel().models().preview().openProperty().set(true);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".finding-cell").tryQuery().isPresent());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void start() throws TimeoutException {
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

    /** The app stopped and every stage closed. */
    void stop() throws TimeoutException {
        stopApp();
        FxToolkit.cleanupStages();
    }

    /** The app stopped, if it runs; its stages are left for the one clean-up of all a test opened. */
    void stopApp() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    public Stage stage() {
        return stage;
    }

    public ReaderFirstApp app() {
        return app;
    }
}
