package org.readerfirst.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.readerfirst.ui.app.MainView;
import org.readerfirst.ui.app.MainViewModel;
import org.readerfirst.ui.common.Appearance;

/** What the suites that run the real window share: JavaFX started headless, work on its thread. */
final class FxBench {

    private FxBench() {
    }

    /** Work to do on the FX thread, which may throw. */
    interface FxWork<T> {
        T get() throws Exception;
    }

    /**
     * Starts JavaFX on Monocle's headless screen with software rendering, unless the caller chose
     * otherwise, and returns its thread.
     */
    static Thread startHeadless() throws Exception {
        for (String[] p : new String[][] {{"glass.platform", "Monocle"}, {"monocle.platform", "Headless"},
                {"prism.order", "sw"}, {"prism.text", "t2k"}, {"java.awt.headless", "true"}}) {
            if (System.getProperty(p[0]) == null) {
                System.setProperty(p[0], p[1]);
            }
        }
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(started::countDown);
        }
        if (!started.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("JavaFX did not start");
        }
        Platform.setImplicitExit(false);
        return onFx(Thread::currentThread);
    }

    /** Runs the work on the FX thread and waits for its result, 30 s at the most. */
    static <T> T onFx(FxWork<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Starts the app's view model and shows its window as the app does, in the app's look; on the FX thread. */
    static void show(MainViewModel vm, MainView view) throws Exception {
        vm.start();
        Stage stage = new Stage();
        stage.setScene(new Scene(view.root(), 1200, 800));
        stage.getScene().getStylesheets().setAll(Appearance.stylesheets());
        stage.show();
    }

    /** Stops the view model and closes the window, on the FX thread. */
    static void close(MainViewModel vm, MainView view) throws Exception {
        onFx(() -> {
            vm.shutdown(null);
            view.dispose();
            view.editor().area().getScene().getWindow().hide();
            return null;
        });
    }
}
