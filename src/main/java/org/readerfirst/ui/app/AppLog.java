package org.readerfirst.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The window's log: a file in the user's log folder (private to them) that rotates, {@value #FILES} files of at most
 * {@value #LIMIT} bytes, so it never grows without end. What goes wrong is written there with its
 * details; the writer sees it in plain words.
 */
final class AppLog {

    static final int LIMIT = 1_000_000;
    static final int FILES = 3;
    static final String PATTERN = "readerfirst-%g.log";

    // Held here: java.util.logging keeps its loggers only weakly, and the filter must stay.
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private AppLog() {
    }

    /** Starts writing to {@code folder}; returns the handler, or null when the folder cannot be written. */
    static Handler start(Path folder) {
        // The jar runs JavaFX from the class path on purpose (see Launcher); its notice about that on
        // every start says nothing to a writer. Its other warnings stay.
        JAVAFX.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        try {
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // Owner-only, like the data folder: a log may name drafts.
                Files.createDirectories(folder,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(folder);
            }
            FileHandler handler = new FileHandler(folder.resolve(PATTERN).toString(), LIMIT, FILES, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            Logger.getLogger("").addHandler(handler);
            return handler;
        } catch (IOException | RuntimeException e) {
            // No log file is no reason to keep the writer from their drafts.
            System.getLogger(AppLog.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot write the log in " + folder + ": " + e.getMessage());
            return null;
        }
    }

    static void stop(Handler handler) {
        if (handler != null) {
            Logger.getLogger("").removeHandler(handler);
            handler.close();
        }
    }
}
