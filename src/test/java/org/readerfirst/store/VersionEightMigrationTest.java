package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;

/** Version 9 remembers the texts imported from elsewhere; a version 8 file keeps its drafts and can import. */
class VersionEightMigrationTest {

    @TempDir
    Path dir;

    @Test
    void a_version_8_file_keeps_its_drafts_and_log_and_takes_imports() throws Exception {
        Path file = dir.resolve("readerfirst.db");
        Draft own;
        try (DraftStore store = DraftStore.open(file)) {
            own = store.create("Pricing", "Three things about pricing.", ContentType.POST, Language.ENGLISH);
            store.publishingLog().publish(own.id(), ContentType.POST, Instant.parse("2025-01-02T08:00:00Z"));
        }
        VersionEightDatabase.takeBackVersionNine(file);

        try (DraftStore store = DraftStore.open(file)) {
            assertEquals(Schema.latestVersion(), store.maintenance().schemaVersion());
            assertEquals(List.of(own.id()), store.list().stream().map(Draft::id).toList());
            assertEquals(1, store.publishingLog().publications().size());
            ImportedText comment = new ImportedText("linkedin:comment:x", "Hyvä pointti", "Hyvä pointti!",
                    ContentType.COMMENT, Language.FINNISH, Instant.parse("2024-05-06T07:08:09Z"));
            assertEquals(1, store.importPublished(List.of(comment)).size());
            assertEquals(0, store.importPublished(List.of(comment)).size());
            assertEquals("ok", store.maintenance().integrityCheck());
        }
    }
}
