package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;

/** Files written by an older ReaderFirst must open in this one with nothing lost. */
class SchemaMigrationTest {

    private static final Draft OLDER = new Draft(3, "Hiring", "We are hiring.\nÄäkköset 🚀",
            ContentType.POST, Language.FINNISH,
            Instant.parse("2024-11-05T08:15:30.250Z"), Instant.parse("2024-11-06T10:00:00.001Z"));
    private static final Draft NEWER = new Draft(7, "Q4 numbers", "", ContentType.ARTICLE, Language.ENGLISH,
            Instant.parse("2024-12-01T12:00:00.000Z"), Instant.parse("2025-01-02T13:14:15.999Z"));

    @TempDir
    Path dir;

    @Test
    void the_latest_layout_is_version_10() {
        assertEquals(10, Schema.latestVersion());
    }

    @Test
    void a_version_1_file_is_brought_to_the_latest_version_with_its_drafts_and_settings_unchanged()
            throws Exception {
        Path file = versionOneFileWithDrafts();
        RawSql.execute(file, "INSERT INTO settings (key, value) VALUES ('theme', 'dark')");

        try (DraftStore store = DraftStore.open(file)) {
            assertEquals(Schema.latestVersion(), store.maintenance().schemaVersion());
            assertEquals(List.of(NEWER, OLDER), store.list());
            assertEquals(Optional.of("dark"), store.setting("theme"));
        }
    }

    @Test
    void drafts_from_a_version_1_file_have_no_audience() throws Exception {
        Path file = versionOneFileWithDrafts();

        try (DraftStore store = DraftStore.open(file)) {
            assertEquals(Optional.empty(), store.audienceOf(OLDER.id()));
            assertEquals(Optional.empty(), store.audienceOf(NEWER.id()));
            assertEquals(List.of(), store.audiences());
        }
        assertEquals(List.of("3:null", "7:null"),
                RawSql.rows(file, "SELECT id || ':' || ifnull(audience_id, 'null') FROM drafts ORDER BY id"));
    }

    @Test
    void a_migrated_file_has_the_same_layout_as_a_new_one() throws Exception {
        Path migrated = versionOneFileWithDrafts();
        Path fresh = dir.resolve("fresh.db");

        DraftStore.open(migrated).close();
        DraftStore.open(fresh).close();

        String layout = "SELECT type || ' ' || name || ': ' || ifnull(sql, '') FROM sqlite_master ORDER BY name";
        assertEquals(RawSql.rows(fresh, layout), RawSql.rows(migrated, layout));
        assertEquals(RawSql.rows(fresh, "PRAGMA application_id"), RawSql.rows(migrated, "PRAGMA application_id"));
    }

    @Test
    void a_migration_that_fails_leaves_the_version_1_file_as_it_was() throws Exception {
        Path file = versionOneFileWithDrafts();
        // A table in the way makes migration 2's last statement fail after the others succeeded.
        RawSql.execute(file, "CREATE TABLE dismissals (note TEXT)");
        String layout = "SELECT name || ': ' || ifnull(sql, '') FROM sqlite_master ORDER BY name";
        List<String> layoutBefore = RawSql.rows(file, layout);

        assertThrows(StoreException.class, () -> DraftStore.open(file).close());

        assertEquals(List.of("1"), RawSql.rows(file, "PRAGMA user_version"));
        assertEquals(layoutBefore, RawSql.rows(file, layout));
        assertEquals(List.of("Hiring", "Q4 numbers"), RawSql.rows(file, "SELECT title FROM drafts ORDER BY id"));
    }

    private Path versionOneFileWithDrafts() throws SQLException {
        Path file = dir.resolve("readerfirst.db");
        VersionOneDatabase.create(file);
        VersionOneDatabase.insert(file, OLDER);
        VersionOneDatabase.insert(file, NEWER);
        return file;
    }
}
