package org.readerfirst.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.StoreFaults;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Closing the window when the last changes cannot be written: asked, never lost without a word. */
class UnsavedCloseWindowTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private final AtomicInteger closed = new AtomicInteger();
    private DraftStore store;
    private MainViewModel vm;
    private Stage stage;
    private ScheduledExecutorService writer;
    private ExecutorService checks;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        store = DraftStore.open(folder.resolve("drafts.db"));
        store.create("Launch", "First words.", ContentType.POST, Language.ENGLISH);
        RuleEngine engine = BuiltInRules.engine();
        writer = Executors.newSingleThreadScheduledExecutor();
        checks = Executors.newSingleThreadExecutor();
        robot.interact(() -> {
            vm = new MainViewModel(store, engine, () -> engine, checks, writer, Platform::runLater, Duration.ofMillis(50));
            MainView view = new MainView(vm);
            vm.start();
            stage = new Stage();
            stage.setScene(new Scene(view.root(), 1000, 700));
            UnsavedClose.install(stage, vm, () -> {
                closed.incrementAndGet();
                vm.shutdown(null);
            });
            stage.show();
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.models().editor().current() != null);
    }

    @AfterEach
    void close() throws Exception {
        if (closed.get() == 0) {
            StoreFaults.freeDisk(store);
            robot.interact(() -> vm.shutdown(null));
        }
        robot.interact(() -> stage.hide());
        writer.shutdownNow();
        checks.shutdownNow();
        FxToolkit.cleanupStages();
    }

    @Test
    void closing_with_everything_written_asks_nothing() throws Exception {
        long id = vm.models().editor().current().id();
        robot.interact(() -> vm.models().editor().textProperty().set("Last words before closing."));
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, closed.get());
        assertFalse(stage.isShowing());
        try (DraftStore again = DraftStore.open(folder.resolve("drafts.db"))) {
            assertEquals("Last words before closing.", again.find(id).orElseThrow().body());
        }
    }

    @Test
    void changes_that_cannot_be_written_are_asked_about_kept_open_or_copied() throws Exception {
        String text = "A paragraph that needs room on the disk.\n\n".repeat(500);
        StoreFaults.fillDisk(store);
        robot.interact(() -> vm.models().editor().textProperty().set(text));

        DialogPane asked = requestClose();
        assertTrue(asked.getContentText().contains("Launch"), asked.getContentText());
        press(asked, "Keep the window open");
        assertEquals(0, closed.get(), "kept open");
        assertTrue(stage.isShowing());
        assertEquals(text, vm.models().editor().textProperty().get());

        press(requestClose(), "Copy the text and close");
        assertEquals(1, closed.get());
        assertFalse(stage.isShowing());
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertEquals(text, copied.get());
    }

    /** Asks the window to close as its close button does, and returns the question it asks. */
    private DialogPane requestClose() throws TimeoutException {
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        // Looked for on the FX thread: the close request holds that thread for up to the save's wait,
        // and a look from this thread while the dialog is being built can miss it for good.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#unsaved-close").tryQuery().isPresent()));
        return onFx(() -> robot.lookup("#unsaved-close").queryAs(DialogPane.class));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> query) throws TimeoutException {
        try {
            return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private void press(DialogPane pane, String label) throws TimeoutException {
        Button button = pane.getButtonTypes().stream().map(t -> (Button) pane.lookupButton(t))
                .filter(b -> b.getText().equals(label)).findFirst().orElseThrow();
        robot.interact(button::fire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#unsaved-close").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
