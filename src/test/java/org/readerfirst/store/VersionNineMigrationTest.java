package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;

/** Version 10 keeps the habits report's verdicts; a version 9 file keeps its drafts and log and can keep them. */
class VersionNineMigrationTest {

    @TempDir
    Path dir;

    @Test
    void a_version_9_file_keeps_its_drafts_and_log_and_takes_verdicts() throws Exception {
        Path file = dir.resolve("readerfirst.db");
        Draft own;
        try (DraftStore store = DraftStore.open(file)) {
            own = store.create("Pricing", "Three things about pricing.", ContentType.POST, Language.ENGLISH);
            store.publishingLog().publish(own.id(), ContentType.POST, Instant.parse("2025-01-02T08:00:00Z"));
        }
        VersionNineDatabase.takeBackVersionTen(file);

        try (DraftStore store = DraftStore.open(file)) {
            assertEquals(Schema.latestVersion(), store.maintenance().schemaVersion());
            assertEquals(List.of(own.id()), store.list().stream().map(Draft::id).toList());
            assertEquals(1, store.publishingLog().publications().size());
            assertEquals(Map.of(), store.keptVerdicts());
            store.keepVerdicts(List.of(new KeptVerdict(own.id(), "f1", "92||")));
            assertEquals(Map.of(own.id(), new KeptVerdict(own.id(), "f1", "92||")), store.keptVerdicts());
            assertEquals("ok", store.maintenance().integrityCheck());
        }
    }
}
