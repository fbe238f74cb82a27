package org.readerfirst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class DisplayCheckTest {

    private static final Predicate<String> GTK_INSTALLED = DisplayCheck.GTK::equals;
    private static final Predicate<String> NOTHING_INSTALLED = library -> false;

    @Test
    void a_linux_desktop_with_gtk_has_nothing_missing() {
        assertEquals(Optional.empty(), DisplayCheck.problem(Map.of("DISPLAY", ":0"), "Linux", null, GTK_INSTALLED));
        assertEquals(Optional.empty(),
                DisplayCheck.problem(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null, GTK_INSTALLED));
    }

    @Test
    void no_display_is_named_with_the_way_out() {
        String problem = DisplayCheck.problem(Map.of("DISPLAY", " "), "Linux", null, GTK_INSTALLED).orElseThrow();

        assertTrue(problem.startsWith("no display to open the window on"), problem);
        assertTrue(problem.contains("readerfirst --help"), problem);
    }

    @Test
    void missing_gtk_says_which_package_to_install() {
        String problem = DisplayCheck.problem(Map.of("DISPLAY", ":0"), "Linux", null, NOTHING_INSTALLED).orElseThrow();

        assertTrue(problem.contains("GTK 3") && problem.contains("libgtk-3-0") && problem.contains("gtk3"), problem);
    }

    @Test
    void windows_macos_and_headless_javafx_are_not_checked() {
        assertEquals(Optional.empty(), DisplayCheck.problem(Map.of(), "Windows 11", null, NOTHING_INSTALLED));
        assertEquals(Optional.empty(), DisplayCheck.problem(Map.of(), "Mac OS X", null, NOTHING_INSTALLED));
        assertEquals(Optional.empty(), DisplayCheck.problem(Map.of(), "Linux", "Monocle", NOTHING_INSTALLED));
    }

    @Test
    void the_library_path_is_searched_before_the_usual_folders() {
        assertEquals(Path.of("/opt/gtk/lib"), DisplayCheck.folders("/opt/gtk/lib:").get(0));
        assertTrue(DisplayCheck.folders(null).contains(Path.of("/usr/lib")));
    }

    @Test
    void an_unforeseen_failure_is_one_line_with_its_cause() {
        RuntimeException e = new RuntimeException("Application launch failed",
                new UnsupportedOperationException("Unable to open DISPLAY"));

        assertEquals("the window cannot start: Unable to open DISPLAY", DisplayCheck.failure(e));
    }
}
