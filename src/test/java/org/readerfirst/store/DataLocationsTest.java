package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataLocationsTest {

    private static final Path HOME = Path.of("/home/aino");
    private static final Map<String, String> NO_ENV = Map.of();

    @Test
    void linux_uses_xdg_data_home_when_it_is_set() {
        Map<String, String> env = Map.of("XDG_DATA_HOME", "/data/aino");

        assertEquals(Path.of("/data/aino/readerfirst"), DataLocations.dataFolder(env, "Linux", HOME));
        assertEquals(Path.of("/data/aino/readerfirst/readerfirst.db"),
                DataLocations.defaultDatabase(env, "Linux", HOME));
    }

    @Test
    void linux_without_xdg_data_home_uses_local_share_in_home() {
        assertEquals(Path.of("/home/aino/.local/share/readerfirst"),
                DataLocations.dataFolder(NO_ENV, "Linux", HOME));
        assertEquals(Path.of("/home/aino/.local/share/readerfirst/readerfirst.db"),
                DataLocations.defaultDatabase(NO_ENV, "Linux", HOME));
    }

    @Test
    void an_empty_or_relative_xdg_data_home_is_ignored_as_the_xdg_spec_says() {
        Path expected = Path.of("/home/aino/.local/share/readerfirst");

        assertEquals(expected, DataLocations.dataFolder(Map.of("XDG_DATA_HOME", ""), "Linux", HOME));
        assertEquals(expected, DataLocations.dataFolder(Map.of("XDG_DATA_HOME", "data"), "Linux", HOME));
    }

    @Test
    void other_unixes_follow_the_linux_layout() {
        assertEquals(Path.of("/home/aino/.local/share/readerfirst"),
                DataLocations.dataFolder(NO_ENV, "FreeBSD", HOME));
    }

    @Test
    void windows_uses_appdata() {
        Map<String, String> env = Map.of("APPDATA", "/Users/aino/AppData/Roaming");

        assertEquals(Path.of("/Users/aino/AppData/Roaming/ReaderFirst"),
                DataLocations.dataFolder(env, "Windows 11", HOME));
        assertEquals(Path.of("/Users/aino/AppData/Roaming/ReaderFirst/readerfirst.db"),
                DataLocations.defaultDatabase(env, "Windows 11", HOME));
    }

    @Test
    void windows_without_appdata_uses_the_roaming_folder_in_home() {
        assertEquals(Path.of("/home/aino/AppData/Roaming/ReaderFirst"),
                DataLocations.dataFolder(NO_ENV, "Windows 10", HOME));
    }

    @Test
    void macos_uses_application_support_and_ignores_xdg() {
        Map<String, String> env = Map.of("XDG_DATA_HOME", "/data/aino");

        assertEquals(Path.of("/home/aino/Library/Application Support/ReaderFirst/readerfirst.db"),
                DataLocations.defaultDatabase(env, "Mac OS X", HOME));
    }

    @Test
    void the_db_option_wins_over_the_environment_variable_and_the_default() {
        Map<String, String> env = Map.of("READERFIRST_DB", "/from/env.db");

        assertEquals(Path.of("/from/option.db"), DataLocations.database("/from/option.db", env, "Linux", HOME));
    }

    @Test
    void the_environment_variable_wins_over_the_default() {
        Map<String, String> env = Map.of("READERFIRST_DB", "/from/env.db");

        assertEquals(Path.of("/from/env.db"), DataLocations.database(null, env, "Linux", HOME));
    }

    @Test
    void without_option_or_variable_the_default_database_is_used() {
        assertEquals(Path.of("/home/aino/.local/share/readerfirst/readerfirst.db"),
                DataLocations.database(null, NO_ENV, "Linux", HOME));
    }

    @Test
    void an_empty_environment_variable_counts_as_not_set() {
        Map<String, String> env = Map.of("READERFIRST_DB", " ");

        assertEquals(Path.of("/home/aino/.local/share/readerfirst/readerfirst.db"),
                DataLocations.database(null, env, "Linux", HOME));
    }

    @Test
    void a_blank_db_option_is_refused_instead_of_falling_back_to_another_file() {
        Map<String, String> env = Map.of("READERFIRST_DB", "/from/env.db");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataLocations.database("", env, "Linux", HOME));
        assertEquals("--db needs the path of a database file", e.getMessage());
    }

    @Test
    void the_system_overloads_read_the_running_system() {
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name");

        assertEquals(DataLocations.dataFolder(System.getenv(), os, home), DataLocations.dataFolder());
        assertEquals(DataLocations.database(null, System.getenv(), os, home), DataLocations.database(null));
    }

    @Test
    void logs_go_to_the_state_folder_not_beside_the_drafts() {
        assertEquals(Path.of("/state/aino/readerfirst/logs"),
                DataLocations.logFolder(Map.of("XDG_STATE_HOME", "/state/aino", "XDG_DATA_HOME", "/data/aino"),
                        "Linux", HOME));
        assertEquals(Path.of("/home/aino/.local/state/readerfirst/logs"), DataLocations.logFolder(NO_ENV, "Linux", HOME));
        assertEquals(Path.of("/home/aino/.local/state/readerfirst/logs"),
                DataLocations.logFolder(Map.of("XDG_STATE_HOME", "state"), "Linux", HOME));
        assertEquals(Path.of("/Users/aino/AppData/Local/ReaderFirst/logs"),
                DataLocations.logFolder(Map.of("LOCALAPPDATA", "/Users/aino/AppData/Local"), "Windows 11", HOME));
        assertEquals(Path.of("/home/aino/AppData/Local/ReaderFirst/logs"),
                DataLocations.logFolder(NO_ENV, "Windows 10", HOME));
        assertEquals(Path.of("/home/aino/Library/Logs/ReaderFirst"), DataLocations.logFolder(NO_ENV, "Mac OS X", HOME));
    }

    @Test
    void what_can_be_made_again_goes_to_the_cache_folder() {
        assertEquals(Path.of("/cache/aino/readerfirst"),
                DataLocations.cacheFolder(Map.of("XDG_CACHE_HOME", "/cache/aino"), "Linux", HOME));
        assertEquals(Path.of("/home/aino/.cache/readerfirst"), DataLocations.cacheFolder(NO_ENV, "Linux", HOME));
        assertEquals(Path.of("/home/aino/AppData/Local/ReaderFirst/cache"),
                DataLocations.cacheFolder(NO_ENV, "Windows 10", HOME));
        assertEquals(Path.of("/home/aino/Library/Caches/ReaderFirst"), DataLocations.cacheFolder(NO_ENV, "Mac OS X", HOME));
    }
}
