package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.store.StoreException.Kind;

/** Restoring puts a checked backup in place and keeps what it replaces; a bad backup changes nothing. */
class DraftStoreRestoreTest {

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-27T18:15:00Z"));

    private Path database() {
        return dir.resolve("readerfirst.db");
    }

    /** A backup holding one draft titled {@code title}. */
    private Path backupWith(String title) throws Exception {
        Path source = dir.resolve("source-" + title + ".db");
        Path backup = dir.resolve("backup-" + title + ".db");
        try (DraftStore store = DraftStore.open(source)) {
            store.create(title, "from the backup", ContentType.POST, Language.ENGLISH);
            store.maintenance().backupTo(backup);
        }
        return backup;
    }

    @Test
    void restoring_puts_the_backups_drafts_in_place_and_keeps_the_current_ones_aside() throws Exception {
        Path backup = backupWith("Backed up");
        byte[] backupBytes = Files.readAllBytes(backup);
        try (DraftStore store = DraftStore.open(database(), clock)) {
            store.create("Written since", "newer text", ContentType.ARTICLE, Language.FINNISH);

            Path aside = store.maintenance().restoreFrom(backup);

            assertEquals(List.of("Backed up"), titles(store.list()));
            assertEquals(dir.resolve("readerfirst.db.before-restore-20261127-181500"), aside);
            try (DraftStore kept = DraftStore.open(aside)) {
                assertEquals(List.of("Written since"), titles(kept.list()));
            }
            store.create("After the restore", "", ContentType.POST, Language.ENGLISH);
            assertEquals("ok", store.maintenance().integrityCheck());
        }
        try (DraftStore reopened = DraftStore.open(database())) {
            assertEquals(List.of("After the restore", "Backed up"), titles(reopened.list()).stream().sorted().toList());
        }
        assertArrayEquals(backupBytes, Files.readAllBytes(backup), "the backup file is only read");
    }

    @Test
    void an_older_backup_is_migrated_as_it_is_restored() throws Exception {
        Path old = dir.resolve("old.db");
        VersionOneDatabase.create(old);
        Instant at = Instant.parse("2024-01-02T03:04:05.678Z");
        VersionOneDatabase.insert(old, new Draft(7, "From version one", "old text", ContentType.POST,
                Language.ENGLISH, at, at));
        try (DraftStore store = DraftStore.open(database(), clock)) {
            store.maintenance().restoreFrom(old);

            assertEquals(Schema.latestVersion(), store.maintenance().schemaVersion());
            assertEquals(List.of("From version one"), titles(store.listDetails(null, "text").stream()
                    .map(DraftDetails::draft).toList()));
        }
    }

    @Test
    void a_restore_in_the_same_second_as_another_keeps_both_earlier_databases() throws Exception {
        Path backup = backupWith("B");
        try (DraftStore store = DraftStore.open(database(), clock)) {
            Path first = store.maintenance().restoreFrom(backup);
            Path second = store.maintenance().restoreFrom(backup);
            assertEquals(Path.of(first + "-2"), second);
        }
    }

    @Test
    void a_garbage_file_is_refused_and_the_current_drafts_stay() throws Exception {
        byte[] noise = new byte[8192];
        new Random(5).nextBytes(noise);
        assertRefused(Kind.CORRUPT, Files.write(dir.resolve("noise.db"), noise));
    }

    @Test
    void a_text_file_and_an_empty_file_are_refused() throws Exception {
        assertRefused(Kind.CORRUPT, Files.writeString(dir.resolve("notes.txt"), "my notes", StandardCharsets.UTF_8));
        assertRefused(Kind.CORRUPT, Files.createFile(dir.resolve("empty.db")));
    }

    @Test
    void a_backup_with_damaged_pages_is_refused() throws Exception {
        Path backup = dir.resolve("damaged.db");
        try (DraftStore source = DraftStore.open(dir.resolve("big.db"))) {
            for (int i = 0; i < 40; i++) {
                source.create("draft " + i, "words ".repeat(300), ContentType.POST, Language.ENGLISH);
            }
            source.maintenance().backupTo(backup);
        }
        byte[] bytes = Files.readAllBytes(backup);
        byte[] noise = new byte[3000];
        new Random(9).nextBytes(noise);
        // Past the first page, so the file still opens, but its tables are broken.
        System.arraycopy(noise, 0, bytes, 4096 * 3, noise.length);
        Files.write(backup, bytes);

        StoreException e = assertRefused(Kind.CORRUPT, backup);
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void a_backup_from_a_newer_readerfirst_is_refused() throws Exception {
        Path backup = backupWith("Future");
        RawSql.execute(backup, "PRAGMA user_version = 99");

        StoreException e = assertRefused(Kind.NEWER_SCHEMA, backup);
        assertTrue(e.getMessage().contains("newer ReaderFirst"), e.getMessage());
    }

    @Test
    void another_programs_database_is_refused() throws Exception {
        Path other = dir.resolve("places.sqlite");
        RawSql.execute(other, "CREATE TABLE bookmarks (url TEXT)");

        StoreException e = assertRefused(Kind.CORRUPT, other);
        assertTrue(e.getMessage().contains("not a ReaderFirst database"), e.getMessage());
    }

    @Test
    void a_missing_backup_is_refused_with_its_name() throws Exception {
        StoreException e = assertRefused(Kind.IO, dir.resolve("nowhere.db"));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void a_new_database_can_be_made_from_a_backup_where_none_is() throws Exception {
        Path backup = backupWith("Saved");
        try (DraftStore store = DraftStore.openFromBackup(database(), backup)) {
            assertEquals(List.of("Saved"), titles(store.list()));
        }
        assertEquals(List.of(backup, database(), dir.resolve("source-Saved.db")), withoutSideFiles());
    }

    @Test
    void making_a_database_from_a_backup_never_replaces_an_existing_file() throws Exception {
        Path backup = backupWith("Saved");
        byte[] mine = "mine".getBytes(StandardCharsets.UTF_8);
        Files.write(database(), mine);

        assertThrows(StoreException.class, () -> DraftStore.openFromBackup(database(), backup));
        assertArrayEquals(mine, Files.readAllBytes(database()));
    }

    /** The restore must fail with this kind, and leave the current drafts and the folder as they were. */
    private StoreException assertRefused(Kind kind, Path backup) throws Exception {
        try (DraftStore store = DraftStore.open(database(), clock)) {
            store.create("Keep me", "precious", ContentType.POST, Language.ENGLISH);
            List<Draft> before = store.list();
            List<Path> filesBefore = withoutSideFiles();
            byte[] backupBefore = Files.exists(backup) ? Files.readAllBytes(backup) : null;

            StoreException e = assertThrows(StoreException.class, () -> store.maintenance().restoreFrom(backup));

            assertEquals(kind, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains(backup.toString()), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertEquals(before, store.list());
            assertEquals(filesBefore, withoutSideFiles(), "nothing kept aside, no copy left behind");
            if (backupBefore != null) {
                assertArrayEquals(backupBefore, Files.readAllBytes(backup));
            }
            store.delete(before.get(0).id());
            return e;
        }
    }

    private List<Path> withoutSideFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> !f.toString().endsWith("-wal") && !f.toString().endsWith("-shm")).sorted().toList();
        }
    }

    private static List<String> titles(List<Draft> drafts) {
        return drafts.stream().map(Draft::title).toList();
    }
}
