package org.readerfirst;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What a Linux machine lacks to show the window, said in one line before JavaFX tries and fails with
 * a stack trace: a display, or GTK 3, which JavaFX draws its windows with. Windows and macOS always
 * have both; a headless JavaFX (Monocle, as the tests use) needs neither.
 */
final class DisplayCheck {

    /** The library JavaFX's GTK window code loads. */
    static final String GTK = "libgtk-3.so.0";

    private DisplayCheck() {
    }

    /** The problem with the running machine, if any. */
    static Optional<String> problem() {
        return problem(System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"),
                DisplayCheck::installed);
    }

    /**
     * @param env the environment
     * @param osName the {@code os.name} property
     * @param glassPlatform the {@code glass.platform} property: set (to Monocle) when JavaFX runs headless
     * @param hasLibrary whether a shared library of that name is installed
     */
    static Optional<String> problem(Map<String, String> env, String osName, String glassPlatform,
            Predicate<String> hasLibrary) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || os.startsWith("darwin")
                || (glassPlatform != null && !glassPlatform.isBlank())) {
            return Optional.empty();
        }
        if (blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
            return Optional.of("no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set):"
                    + " start it in a desktop session; the command line works anywhere (readerfirst --help)");
        }
        if (!hasLibrary.test(GTK)) {
            return Optional.of("the window needs GTK 3, which is not installed (" + GTK + " not found): install it,"
                    + " e.g. 'sudo apt install libgtk-3-0' (Debian, Ubuntu) or 'sudo dnf install gtk3' (Fedora)");
        }
        return Optional.empty();
    }

    /** One line for a failure of the window's start that the check could not foresee. */
    static String failure(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "the window cannot start: " + what;
    }

    /** Whether the library is in the linker's usual folders or on {@code LD_LIBRARY_PATH}. */
    private static boolean installed(String library) {
        return folders(System.getenv("LD_LIBRARY_PATH")).stream().anyMatch(f -> Files.exists(f.resolve(library)));
    }

    static List<Path> folders(String ldLibraryPath) {
        List<Path> folders = new ArrayList<>();
        if (ldLibraryPath != null) {
            for (String part : ldLibraryPath.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    folders.add(Path.of(part));
                }
            }
        }
        for (String base : List.of("/lib", "/usr/lib", "/lib64", "/usr/lib64", "/usr/local/lib")) {
            Path folder = Path.of(base);
            folders.add(folder);
            // Debian and Ubuntu keep libraries in one folder per architecture, such as x86_64-linux-gnu.
            try (Stream<Path> children = Files.list(folder)) {
                children.filter(c -> c.getFileName().toString().contains("-linux-")).forEach(folders::add);
            } catch (Exception missing) {
                // No such folder here.
            }
        }
        return folders;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
