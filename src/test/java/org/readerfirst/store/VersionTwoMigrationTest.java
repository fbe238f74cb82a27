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

/** Version 2 files gain the publishing log, statuses, tags, the trash and search with nothing lost. */
class VersionTwoMigrationTest {

    private static final Draft IDEA = new Draft(4, "Onboarding", "Ensimmäinen viikko.", ContentType.POST,
            Language.FINNISH, Instant.parse("2025-01-05T08:00:00.000Z"), Instant.parse("2025-01-06T09:30:00.500Z"));
    private static final Draft ARTICLE = new Draft(9, "Pricing", "How we priced it.", ContentType.ARTICLE,
            Language.ENGLISH, Instant.parse("2025-02-01T12:00:00.000Z"), Instant.parse("2025-02-03T10:00:00.000Z"));

    @TempDir
    Path dir;

    private Path versionTwoFileWithDrafts() throws Exception {
        Path file = dir.resolve("readerfirst.db");
        VersionTwoDatabase.create(file);
        VersionOneDatabase.insert(file, IDEA);
        VersionOneDatabase.insert(file, ARTICLE);
        RawSql.execute(file, "INSERT INTO audiences (id, name, description, interests, language)"
                + " VALUES (1, 'CFOs', '', '[]', 'en')", "UPDATE drafts SET audience_id = 1 WHERE id = 9");
        return file;
    }

    @Test
    void a_version_2_file_keeps_its_drafts_and_audiences_and_they_become_untagged_drafts() throws Exception {
        Path file = versionTwoFileWithDrafts();

        try (DraftStore store = DraftStore.open(file)) {
            assertEquals(Schema.latestVersion(), store.maintenance().schemaVersion());
            assertEquals(List.of(ARTICLE, IDEA), store.list());
            assertEquals(List.of(new DraftDetails(ARTICLE, DraftStatus.DRAFT, List.of()),
                    new DraftDetails(IDEA, DraftStatus.DRAFT, List.of())), store.listDetails(null));
            assertEquals("CFOs", store.audienceOf(9).orElseThrow().audience().name());
            assertEquals(List.of(), store.publishingLog().publications());
            assertEquals(List.of(), store.trashed());
        }
    }

    @Test
    void a_migrated_version_2_file_has_the_same_layout_as_a_new_one() throws Exception {
        Path migrated = versionTwoFileWithDrafts();
        Path fresh = dir.resolve("fresh.db");

        DraftStore.open(migrated).close();
        DraftStore.open(fresh).close();

        String layout = "SELECT type || ' ' || name || ': ' || ifnull(sql, '') FROM sqlite_master ORDER BY name";
        assertEquals(RawSql.rows(fresh, layout), RawSql.rows(migrated, layout));
    }

    @Test
    void the_drafts_a_version_2_file_held_are_found_by_search() throws Exception {
        Path file = versionTwoFileWithDrafts();

        try (DraftStore store = DraftStore.open(file)) {
            assertEquals(List.of(IDEA), store.listDetails(null, "ensimmäinen").stream().map(DraftDetails::draft).toList());
            assertEquals(List.of(ARTICLE), store.listDetails(null, "priced").stream().map(DraftDetails::draft).toList());
        }
    }

    @Test
    void a_migrated_draft_can_be_published_tagged_and_trashed() throws Exception {
        Path file = versionTwoFileWithDrafts();
        Instant at = Instant.parse("2025-03-01T07:45:00.000Z");

        try (DraftStore store = DraftStore.open(file)) {
            store.publishingLog().publish(4, ContentType.POST, at);
            store.setTags(9, List.of("pricing"));
            store.trash(9);
        }
        try (DraftStore store = DraftStore.open(file)) {
            assertEquals(DraftStatus.PUBLISHED, store.details(4).orElseThrow().status());
            assertEquals(List.of("pricing"), store.details(9).orElseThrow().tags());
            assertEquals(List.of(4L), store.list().stream().map(Draft::id).toList());
        }
        assertEquals(List.of("4 post 2025-03-01T07:45:00.000Z"),
                RawSql.rows(file, "SELECT draft_id || ' ' || type || ' ' || at FROM publications"));
    }
}
