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

/** Version 4 files gain revisions with nothing lost. */
class VersionFourMigrationTest {

    private static final Draft POST = new Draft(3, "Hiring", "We are hiring in Tampere.", ContentType.POST,
            Language.ENGLISH, Instant.parse("2025-04-01T08:00:00.000Z"), Instant.parse("2025-04-02T09:00:00.000Z"));

    @TempDir
    Path dir;

    private Path versionFourFileWithADraft() throws Exception {
        Path file = dir.resolve("readerfirst.db");
        VersionFourDatabase.create(file);
        VersionOneDatabase.insert(file, POST);
        RawSql.execute(file, "UPDATE drafts SET status = 'ready', tags = '[\"jobs\"]' WHERE id = 3");
        return file;
    }

    @Test
    void a_version_4_file_keeps_its_drafts_and_they_have_no_revisions_yet() throws Exception {
        Path file = versionFourFileWithADraft();

        try (DraftStore store = DraftStore.open(file)) {
            assertEquals(Schema.latestVersion(), store.maintenance().schemaVersion());
            assertEquals(new DraftDetails(POST, DraftStatus.READY, List.of("jobs")), store.details(3).orElseThrow());
            assertEquals(List.of(), store.revisions().ofDraft(3));
            assertEquals(List.of(POST), store.listDetails(null, "tampere").stream().map(DraftDetails::draft).toList());
        }
    }

    @Test
    void a_migrated_version_4_file_has_the_same_layout_as_a_new_one() throws Exception {
        Path migrated = versionFourFileWithADraft();
        Path fresh = dir.resolve("fresh.db");

        DraftStore.open(migrated).close();
        DraftStore.open(fresh).close();

        String layout = "SELECT type || ' ' || name || ': ' || ifnull(sql, '') FROM sqlite_master ORDER BY name";
        assertEquals(RawSql.rows(fresh, layout), RawSql.rows(migrated, layout));
    }

    @Test
    void a_migrated_draft_keeps_revisions_that_go_with_it_when_the_trash_is_emptied() throws Exception {
        Path file = versionFourFileWithADraft();

        try (DraftStore store = DraftStore.open(file)) {
            store.revisions().keep(POST, RevisionReason.MANUAL);
            assertEquals(1, store.revisions().ofDraft(3).size());
            store.trash(3);
            store.emptyTrash();
        }
        assertEquals(List.of("0"), RawSql.rows(file, "SELECT count(*) FROM revisions"));
    }
}
