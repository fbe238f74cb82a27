package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;

/** Version 7 keeps a source with each draft; a version 6 file gains the table and keeps everything else. */
class VersionSixMigrationTest {

    @TempDir
    Path dir;

    @Test
    void a_version_6_file_gains_sources_and_keeps_its_drafts_and_revisions() throws Exception {
        Path file = dir.resolve("readerfirst.db");
        long id;
        try (DraftStore store = DraftStore.open(file)) {
            Draft draft = store.create("Päätösloki", "Kolme asiaa 🚀", ContentType.POST, Language.FINNISH);
            id = draft.id();
            store.revisions().keep(draft, RevisionReason.MANUAL);
        }
        VersionSevenDatabase.takeBackVersionEight(file);
        RawSql.execute(file, "DROP TABLE sources", "PRAGMA user_version = 6");
        assertTrue(RawSql.rows(file, "SELECT name FROM sqlite_master WHERE name = 'sources'").isEmpty());

        try (DraftStore store = DraftStore.open(file)) {
            assertEquals(Schema.latestVersion(), store.maintenance().schemaVersion());
            assertEquals("Kolme asiaa 🚀", store.find(id).orElseThrow().body());
            assertEquals(1, store.revisions().ofDraft(id).size());
            assertEquals(Optional.empty(), store.source(id));
            DraftSource source = new DraftSource("Why decision logs matter", "Why decision logs matter",
                    List.of("Anna Virtanen"), "https://example.com/logs", true);
            store.putSource(id, source);
            assertEquals(Optional.of(source), store.source(id));
            assertEquals("ok", store.maintenance().integrityCheck());
        }
    }
}
