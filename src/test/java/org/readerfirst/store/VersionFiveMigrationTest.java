package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;

/** Version 5 adds the index the library list is read from; a version 4 file gets it, nothing else changes. */
class VersionFiveMigrationTest {

    @TempDir
    Path dir;

    /** A version 4 file: the changes of version 5 and later taken back. */
    private Path versionFourFile() throws Exception {
        Path file = dir.resolve("readerfirst.db");
        try (DraftStore store = DraftStore.open(file)) {
            Draft a = store.create("Hinnoittelu", "Kolme asiaa", ContentType.POST, Language.FINNISH);
            store.setTags(a.id(), List.of("saas"));
            store.setStatus(a.id(), DraftStatus.READY);
            Draft b = store.create("Pricing", "Three things", ContentType.ARTICLE, Language.ENGLISH);
            store.trash(b.id());
            store.create("Hiring", "We are hiring", ContentType.POST, Language.ENGLISH);
        }
        VersionSevenDatabase.takeBackVersionEight(file);
        RawSql.execute(file, "DROP TABLE sources", "DROP TABLE revisions", "DROP INDEX drafts_listed", "PRAGMA user_version = 4");
        return file;
    }

    @Test
    void a_version_5_file_gains_revisions_and_keeps_its_drafts() throws Exception {
        Path file = dir.resolve("readerfirst.db");
        long id;
        try (DraftStore store = DraftStore.open(file)) {
            id = store.create("Hinnoittelu", "Kolme asiaa", ContentType.POST, Language.FINNISH).id();
        }
        VersionSevenDatabase.takeBackVersionEight(file);
        RawSql.execute(file, "DROP TABLE sources", "DROP TABLE revisions", "PRAGMA user_version = 5");
        try (DraftStore store = DraftStore.open(file)) {
            assertEquals(Schema.latestVersion(), store.maintenance().schemaVersion());
            assertEquals("Kolme asiaa", store.find(id).orElseThrow().body());
            assertEquals(List.of(), store.revisions().ofDraft(id));
            Draft draft = store.find(id).orElseThrow();
            store.revisions().keep(draft, RevisionReason.MANUAL);
            assertEquals(1, store.revisions().ofDraft(id).size());
        }
    }

    @Test
    void a_version_4_file_gets_the_list_index_and_lists_the_same_drafts() throws Exception {
        Path file = versionFourFile();
        try (DraftStore store = DraftStore.open(file)) {
            assertEquals(Schema.latestVersion(), store.maintenance().schemaVersion());
            List<DraftDetails> details = store.listDetails(null);
            List<DraftSummary> summaries = store.summaries(null, null);
            assertEquals(details.stream().map(d -> d.draft().id()).toList(), summaries.stream().map(DraftSummary::id).toList());
            DraftDetails first = details.get(details.size() - 1);
            DraftSummary firstSummary = summaries.get(summaries.size() - 1);
            assertEquals(first.draft().title(), firstSummary.title());
            assertEquals(first.draft().updated(), firstSummary.updated());
            assertEquals(first.status(), firstSummary.status());
            assertEquals(first.tags(), firstSummary.tags());
            assertEquals(List.of("Hinnoittelu"), store.summaries(DraftStatus.READY, "kolme").stream()
                    .map(DraftSummary::title).toList());
        }
    }

    @Test
    void the_library_list_is_read_from_the_index_alone_in_its_order() throws Exception {
        Path file = versionFourFile();
        DraftStore.open(file).close();

        String query = "EXPLAIN QUERY PLAN SELECT id, title, type, language, created, updated, status, tags"
                + " FROM drafts WHERE deleted_at IS NULL ORDER BY updated DESC, id DESC";
        StringBuilder plan = new StringBuilder();
        try (Connection c = RawSql.connect(file); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) {
                plan.append(rs.getString("detail")).append('\n');
            }
        }
        assertTrue(plan.toString().contains("COVERING INDEX drafts_listed"), plan.toString());
        assertFalse(plan.toString().contains("TEMP B-TREE"), plan.toString());
    }
}
