package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged database is moved aside whole, never over anything; backups are found where they are written. */
class DamagedDatabaseTest {

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-27T18:15:00Z"));

    @Test
    void the_database_and_its_side_files_move_aside_under_one_timestamped_name() throws Exception {
        Path db = dir.resolve("readerfirst.db");
        byte[] main = bytes("damaged main");
        Files.write(db, main);
        Files.write(Path.of(db + "-wal"), bytes("log"));
        Files.write(Path.of(db + "-shm"), bytes("shm"));

        Path aside = DamagedDatabase.moveAside(db, clock);

        assertEquals(dir.resolve("readerfirst.db.corrupt-20261127-181500"), aside);
        assertArrayEquals(main, Files.readAllBytes(aside));
        assertArrayEquals(bytes("log"), Files.readAllBytes(Path.of(aside + "-wal")));
        assertArrayEquals(bytes("shm"), Files.readAllBytes(Path.of(aside + "-shm")));
        assertFalse(Files.exists(db));
        assertFalse(Files.exists(Path.of(db + "-wal")));
    }

    @Test
    void a_second_damaged_file_in_the_same_second_does_not_land_on_the_first() throws Exception {
        Path db = dir.resolve("readerfirst.db");
        Files.write(db, bytes("first"));
        Path first = DamagedDatabase.moveAside(db, clock);
        Files.write(db, bytes("second"));

        Path second = DamagedDatabase.moveAside(db, clock);

        assertEquals(Path.of(first + "-2"), second);
        assertArrayEquals(bytes("first"), Files.readAllBytes(first));
        assertArrayEquals(bytes("second"), Files.readAllBytes(second));
    }

    @Test
    void backups_go_to_a_folder_beside_the_database_and_the_newest_is_found() throws Exception {
        Path db = dir.resolve("data/readerfirst.db");
        assertEquals(Optional.empty(), BackupFolder.latest(db));
        try (DraftStore store = DraftStore.open(db, clock)) {
            Path first = BackupFolder.newBackupFile(db, clock);
            assertEquals(dir.resolve("data/backups/readerfirst-20261127-181500.db"), first);
            store.maintenance().backupTo(first);
            Path second = BackupFolder.newBackupFile(db, clock);
            assertEquals(dir.resolve("data/backups/readerfirst-20261127-181500-2.db"), second);
            store.maintenance().backupTo(second);
            Files.setLastModifiedTime(first, FileTime.from(Instant.parse("2026-11-01T00:00:00Z")));
            Files.writeString(BackupFolder.of(db).resolve("notes.txt"), "not a backup", StandardCharsets.UTF_8);

            assertEquals(Optional.of(second), BackupFolder.latest(db));
        }
        assertTrue(Files.isDirectory(BackupFolder.of(db)));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
