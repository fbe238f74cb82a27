package org.readerfirst.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Handler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppLogTest {

    @TempDir
    Path dir;

    @Test
    void what_goes_wrong_is_written_to_a_file_in_the_log_folder() throws Exception {
        Handler handler = AppLog.start(dir.resolve("logs"));
        assertNotNull(handler);
        try {
            System.getLogger("org.readerfirst.test").log(System.Logger.Level.ERROR, "a test error to find again",
                    new IllegalStateException("boom"));
            handler.flush();
            String log = Files.readString(dir.resolve("logs").resolve("readerfirst-0.log"));
            assertTrue(log.contains("a test error to find again") && log.contains("IllegalStateException"), log);
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("logs"))));
            }
        } finally {
            AppLog.stop(handler);
        }
    }

    @Test
    void a_folder_that_cannot_be_written_costs_the_log_not_the_app() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertNull(AppLog.start(file.resolve("logs")));
    }
}
