package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkSafeFilesTest {

    @TempDir
    Path dir;

    @Test
    void a_link_is_named_with_where_it_leads_and_a_plain_file_is_not() throws Exception {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("../elsewhere.txt"));

        assertEquals(Optional.empty(), LinkSafeFiles.linkTarget(plain));
        assertEquals(Optional.empty(), LinkSafeFiles.linkTarget(dir.resolve("missing.txt")));
        assertEquals(Optional.of(dir.getParent().resolve("elsewhere.txt")), LinkSafeFiles.linkTarget(link));
    }

    @Test
    void writing_onto_a_link_that_appeared_after_the_check_fails_instead_of_following_it() throws Exception {
        Path outside = Files.writeString(dir.resolve("outside.txt"), "not yours");
        Path folder = Files.createDirectory(dir.resolve("chosen"));
        Path link = Files.createSymbolicLink(folder.resolve("export.txt"), outside);
        Path dangling = Files.createSymbolicLink(folder.resolve("new.txt"), dir.resolve("created-outside.txt"));

        assertThrows(IOException.class, () -> LinkSafeFiles.replace(link, "overwritten"));
        assertThrows(IOException.class, () -> LinkSafeFiles.writeNew(link, "overwritten"));
        assertThrows(IOException.class, () -> LinkSafeFiles.replace(dangling, "created"));

        assertEquals("not yours", Files.readString(outside));
        assertTrue(Files.notExists(dir.resolve("created-outside.txt")));
    }

    @Test
    void a_new_backup_file_passes_by_a_link_that_leads_nowhere() throws Exception {
        Path db = dir.resolve("readerfirst.db");
        ManualClock clock = new ManualClock(java.time.Instant.parse("2025-03-05T10:00:00Z"));
        Path first = BackupFolder.newBackupFile(db, clock);
        Files.createSymbolicLink(first, dir.resolve("nowhere.db"));

        Path next = BackupFolder.newBackupFile(db, clock);

        assertEquals(first.resolveSibling(first.getFileName().toString().replace(".db", "-2.db")), next);
    }

    @Test
    void a_plain_file_is_replaced_and_a_new_one_written() throws Exception {
        Path file = Files.writeString(dir.resolve("export.txt"), "old");
        LinkSafeFiles.replace(file, "new");
        LinkSafeFiles.writeNew(dir.resolve("other.txt"), "fresh");
        assertEquals("new", Files.readString(file));
        assertEquals("fresh", Files.readString(dir.resolve("other.txt")));
    }
}
