package org.readerfirst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void a_sub_command_runs_the_command_line_without_loading_javafx() throws Exception {
        Path draft = dir.resolve("note.txt");
        Files.writeString(draft, "Happy birthday!", StandardCharsets.UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-verbose:class", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "--db", dir.resolve("x.db").toString(), "check", "--type", "message",
                draft.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), output);
        assertTrue(output.contains("error [template-message]"), output);
        assertFalse(output.contains("javafx.application."), "JavaFX was loaded for a sub-command");
        assertFalse(Files.exists(dir.resolve("x.db")), "check must not create the database");
    }

    @Test
    void a_db_option_without_a_path_is_a_usage_error() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Launcher.run(List.of("--db"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]));
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--db needs"));
    }

    @Test
    void help_goes_to_the_command_line() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Launcher.run(List.of("--help"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()), new ByteArrayInputStream(new byte[0]));
        assertEquals(0, status);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Usage:"));
    }

    @Test
    void without_a_display_the_window_says_so_in_one_line_and_exits_2() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "--db", dir.resolve("x.db").toString());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));

        assertEquals(2, p.exitValue(), err);
        assertEquals("", out);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("readerfirst: no display to open the window on"), err);
        assertFalse(Files.exists(dir.resolve("x.db")), "no window, no database");
    }
}
