package org.readerfirst.ui.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.store.BackupFolder;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.StoreException;

/** The offer made at start when the database is damaged, on real files. */
class DamagedDatabaseViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T18:15:00Z"), ZoneOffset.UTC);
    private static final byte[] DAMAGED = "SQLite format 3\0 and then nothing sensible".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private Path database() {
        return dir.resolve("readerfirst.db");
    }

    /** The damaged database as the app finds it, and the refusal opening it gave. */
    private DamagedDatabaseViewModel damaged() throws Exception {
        Files.write(database(), DAMAGED);
        StoreException e = assertThrows(StoreException.class, () -> DraftStore.open(database()));
        assertEquals(StoreException.Kind.CORRUPT, e.kind());
        return new DamagedDatabaseViewModel(database(), e, CLOCK);
    }

    private Path backupHolding(String title) throws Exception {
        Path source = dir.resolve("elsewhere/source.db");
        try (DraftStore store = DraftStore.open(source)) {
            store.create(title, "saved text", ContentType.POST, Language.ENGLISH);
            Path backup = BackupFolder.newBackupFile(database(), CLOCK);
            store.maintenance().backupTo(backup);
            return backup;
        }
    }

    @Test
    void the_latest_backup_is_offered_and_restoring_it_moves_the_damaged_file_aside_first() throws Exception {
        Path backup = backupHolding("From the backup");
        DamagedDatabaseViewModel vm = damaged();

        assertEquals(Optional.of(backup), vm.latestBackup());
        assertTrue(vm.explanation().contains(backup.getFileName().toString()), vm.explanation());
        assertTrue(vm.explanation().contains("will not write over it"), vm.explanation());

        try (DraftStore store = vm.restoreLatest()) {
            assertEquals(List.of("From the backup"), store.list().stream().map(Draft::title).toList());
        }
        Path aside = dir.resolve("readerfirst.db.corrupt-20261127-181500");
        assertArrayEquals(DAMAGED, Files.readAllBytes(aside));
        assertTrue(vm.notice().contains(aside.toString()), vm.notice());
    }

    @Test
    void without_a_backup_only_an_empty_start_is_offered_and_the_damaged_file_is_kept() throws Exception {
        DamagedDatabaseViewModel vm = damaged();

        assertEquals(Optional.empty(), vm.latestBackup());
        assertTrue(vm.explanation().contains("No backup was found in " + BackupFolder.of(database())), vm.explanation());

        try (DraftStore store = vm.startEmpty()) {
            assertEquals(List.of(), store.list());
        }
        assertArrayEquals(DAMAGED, Files.readAllBytes(dir.resolve("readerfirst.db.corrupt-20261127-181500")));
    }

    @Test
    void a_refused_backup_leaves_the_damaged_file_aside_untouched_and_no_database_in_its_place() throws Exception {
        Files.createDirectories(BackupFolder.of(database()));
        Files.writeString(BackupFolder.of(database()).resolve("readerfirst-20261127-170000.db"), "garbage",
                StandardCharsets.UTF_8);
        DamagedDatabaseViewModel vm = damaged();

        assertThrows(StoreException.class, vm::restoreLatest);

        assertArrayEquals(DAMAGED, Files.readAllBytes(dir.resolve("readerfirst.db.corrupt-20261127-181500")));
        assertFalse(Files.exists(database()));
    }
}
