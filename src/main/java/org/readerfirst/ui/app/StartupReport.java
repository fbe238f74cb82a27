package org.readerfirst.ui.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark, which starts the app as a writer does and cannot see its window: when
 * {@value #ENV} names a file, the app writes the time its window was first laid out there (the
 * milliseconds of {@link System#currentTimeMillis}) and closes as a writer would. An environment
 * variable, not a JVM option: an option of its own would keep {@code java -jar} from starting the
 * window the usual way.
 */
final class StartupReport {

    static final String ENV = "READERFIRST_STARTUP_REPORT";

    private StartupReport() {
    }

    /** Call once the window is shown: reports after its first layout, if asked to. */
    static void afterShown(Scene scene) {
        String file = System.getenv(ENV);
        if (file == null || file.isBlank()) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long shown = System.currentTimeMillis();
            try {
                Files.writeString(Path.of(file), Long.toString(shown), StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.err.println("readerfirst: cannot write the start-up report " + file + ": " + e.getMessage());
            }
            Platform.runLater(Platform::exit);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
