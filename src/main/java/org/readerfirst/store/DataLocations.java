package org.readerfirst.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where ReaderFirst keeps its files: the per-user data folder and the database inside it.
 *
 * <p>Every method takes the environment, the OS name and the home folder as parameters so that each
 * OS branch can be tested on any machine; the overloads without them read the running system.
 */
public final class DataLocations {

    /** The database file's name inside the data folder. */
    public static final String DATABASE_FILE_NAME = "readerfirst.db";

    /** The environment variable that points to another database file. */
    public static final String DATABASE_ENV = "READERFIRST_DB";

    private DataLocations() {
    }

    /**
     * The per-user folder for the database, its backups and the writer's own rule packs: {@code
     * $XDG_DATA_HOME/readerfirst} or {@code ~/.local/share/readerfirst} on Linux and other Unixes,
     * {@code %APPDATA%\ReaderFirst} on Windows, {@code ~/Library/Application Support/ReaderFirst}
     * on macOS.
     */
    public static Path dataFolder(Map<String, String> env, String osName, Path home) {
        return place(Kind.DATA, env, osName, home);
    }

    /**
     * Where the window writes its log, apart from the drafts (and from a database given with {@code
     * --db}): {@code $XDG_STATE_HOME/readerfirst/logs} or {@code ~/.local/state/readerfirst/logs} on
     * Linux and other Unixes, {@code %LOCALAPPDATA%\ReaderFirst\logs} on Windows, {@code
     * ~/Library/Logs/ReaderFirst} on macOS.
     */
    public static Path logFolder(Map<String, String> env, String osName, Path home) {
        return place(Kind.LOGS, env, osName, home);
    }

    /** The log folder of the user running this program. */
    public static Path logFolder() {
        return logFolder(System.getenv(), System.getProperty("os.name", ""), userHome());
    }

    /**
     * Files the app can make again, such as the class-data archive that speeds up the window's start:
     * {@code $XDG_CACHE_HOME/readerfirst} or {@code ~/.cache/readerfirst} on Linux and other Unixes,
     * {@code %LOCALAPPDATA%\ReaderFirst\cache} on Windows, {@code ~/Library/Caches/ReaderFirst} on
     * macOS.
     */
    public static Path cacheFolder(Map<String, String> env, String osName, Path home) {
        return place(Kind.CACHE, env, osName, home);
    }

    /** The cache folder of the user running this program. */
    public static Path cacheFolder() {
        return cacheFolder(System.getenv(), System.getProperty("os.name", ""), userHome());
    }

    /** The data folder of the user running this program. */
    public static Path dataFolder() {
        return dataFolder(System.getenv(), System.getProperty("os.name", ""), userHome());
    }

    /** {@value #DATABASE_FILE_NAME} in the data folder. */
    public static Path defaultDatabase(Map<String, String> env, String osName, Path home) {
        return dataFolder(env, osName, home).resolve(DATABASE_FILE_NAME);
    }

    /**
     * The database to use: the {@code --db} value if given, else {@value #DATABASE_ENV} if set and
     * not empty, else the default file in the data folder.
     *
     * @param dbOption the {@code --db} value, or null when the option was not given
     * @throws IllegalArgumentException if {@code dbOption} is given but blank: falling back to
     *     another file would silently write the writer's drafts somewhere they did not ask for
     */
    public static Path database(String dbOption, Map<String, String> env, String osName, Path home) {
        if (dbOption != null) {
            if (dbOption.isBlank()) {
                throw new IllegalArgumentException("--db needs the path of a database file");
            }
            return Path.of(dbOption);
        }
        String fromEnv = env.get(DATABASE_ENV);
        if (!isBlank(fromEnv)) {
            return Path.of(fromEnv);
        }
        return defaultDatabase(env, osName, home);
    }

    /** {@link #database(String, Map, String, Path)} for the user running this program. */
    public static Path database(String dbOption) {
        return database(dbOption, System.getenv(), System.getProperty("os.name", ""), userHome());
    }

    /**
     * The three kinds of per-user folder, by each system's own convention: on Windows an environment
     * variable or its usual folder under the home; on macOS a folder under {@code ~/Library}; elsewhere
     * the XDG variable, or its default under the home (a relative value is invalid and ignored, as the
     * XDG spec says).
     */
    private enum Kind {
        DATA("APPDATA", "Roaming", null, "Application Support", "XDG_DATA_HOME", ".local/share", null),
        LOGS("LOCALAPPDATA", "Local", "logs", "Logs", "XDG_STATE_HOME", ".local/state", "logs"),
        CACHE("LOCALAPPDATA", "Local", "cache", "Caches", "XDG_CACHE_HOME", ".cache", null);

        final String windowsVariable;
        final String windowsDefault;
        final String windowsTail;
        final String macFolder;
        final String xdgVariable;
        final String xdgDefault;
        final String xdgTail;

        Kind(String windowsVariable, String windowsDefault, String windowsTail, String macFolder,
                String xdgVariable, String xdgDefault, String xdgTail) {
            this.windowsVariable = windowsVariable;
            this.windowsDefault = windowsDefault;
            this.windowsTail = windowsTail;
            this.macFolder = macFolder;
            this.xdgVariable = xdgVariable;
            this.xdgDefault = xdgDefault;
            this.xdgTail = xdgTail;
        }
    }

    private static Path place(Kind kind, Map<String, String> env, String osName, Path home) {
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(osName, "osName");
        Objects.requireNonNull(home, "home");
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String value = env.get(kind.windowsVariable);
            Path base = isBlank(value) ? home.resolve("AppData").resolve(kind.windowsDefault) : Path.of(value);
            Path folder = base.resolve("ReaderFirst");
            return kind.windowsTail == null ? folder : folder.resolve(kind.windowsTail);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve(kind.macFolder).resolve("ReaderFirst");
        }
        String xdg = env.get(kind.xdgVariable);
        Path base = isBlank(xdg) || !Path.of(xdg).isAbsolute() ? home.resolve(kind.xdgDefault) : Path.of(xdg);
        Path folder = base.resolve("readerfirst");
        return kind.xdgTail == null ? folder : folder.resolve(kind.xdgTail);
    }

    private static Path userHome() {
        return Path.of(System.getProperty("user.home"));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
