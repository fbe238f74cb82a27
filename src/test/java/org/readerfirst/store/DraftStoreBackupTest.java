package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Publication;

class DraftStoreBackupTest {

    @TempDir
    Path dir;

    @Test
    void a_backup_taken_while_the_store_is_open_holds_its_drafts_and_log() throws Exception {
        Path backup = dir.resolve("copy.db");
        try (DraftStore store = DraftStore.open(dir.resolve("readerfirst.db"))) {
            Draft draft = store.create("Päivitys", "Tervetuloa 🚀", ContentType.POST, Language.FINNISH);
            Publication published = store.publishingLog().publish(draft.id(), ContentType.POST, Instant.parse("2025-03-01T08:00:00Z"));

            store.maintenance().backupTo(backup);

            try (DraftStore copy = DraftStore.open(backup)) {
                assertEquals(store.list(), copy.list());
                assertEquals(List.of(published), copy.publishingLog().publications());
                assertEquals(Schema.latestVersion(), copy.maintenance().schemaVersion());
            }
        }
    }

    @Test
    void a_backup_never_overwrites_a_file() throws Exception {
        Path existing = Files.writeString(dir.resolve("keep.txt"), "mine", StandardCharsets.UTF_8);
        try (DraftStore store = DraftStore.open(dir.resolve("readerfirst.db"))) {
            StoreException e = assertThrows(StoreException.class, () -> store.maintenance().backupTo(existing));
            assertEquals(StoreException.Kind.UNWRITABLE, e.kind());
        }
        assertEquals("mine", Files.readString(existing, StandardCharsets.UTF_8));
    }

    @Test
    void a_backup_is_readable_by_its_owner_only_and_a_failed_one_leaves_nothing() throws Exception {
        Path backup = dir.resolve("private.db");
        try (DraftStore store = DraftStore.open(dir.resolve("readerfirst.db"))) {
            store.create("Luonnos", "Vain minulle.", ContentType.POST, Language.FINNISH);
            store.maintenance().backupTo(backup);
            if (backup.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)));
            }
            try (DraftStore copy = DraftStore.open(backup)) {
                assertEquals(1, copy.list().size());
            }

            Path nowhere = dir.resolve("no-such-folder").resolve("copy.db");
            assertThrows(StoreException.class, () -> store.maintenance().backupTo(nowhere));
            assertFalse(Files.exists(nowhere));
        }
    }
}
