package org.readerfirst.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Publication;
import org.readerfirst.store.DraftStatus;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.InstanceLock;

/** cadence and drafts on real databases, made through the store as the app makes them. */
class ReaderFirstCliDraftsTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Clock NOW = Clock.fixed(Instant.parse("2025-03-05T10:00:00Z"), HELSINKI);

    @TempDir
    Path dir;

    private Path db;
    private Draft post;
    private Draft article;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void createDatabase() throws Exception {
        db = dir.resolve("readerfirst.db");
        try (DraftStore store = DraftStore.open(db)) {
            post = store.create("Tukivuorot", "Kolme asiaa, jotka muutimme.", ContentType.POST, Language.FINNISH);
            article = store.create("Pricing", "How we priced it.", ContentType.ARTICLE, Language.ENGLISH);
            store.setTags(article.id(), List.of("pricing", "saas"));
            store.setStatus(article.id(), DraftStatus.READY);
        }
    }

    private int run(String... args) {
        return cli().run(List.of(args));
    }

    private ReaderFirstCli cli() {
        return new ReaderFirstCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]))
                .withClock(NOW);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void assertOneLineError(int status) {
        assertEquals(2, status);
        assertEquals(1, err().lines().count(), err());
        assertFalse(err().contains("Exception"), err());
    }

    @Test
    void drafts_list_json_has_every_documented_field() throws Exception {
        assertEquals(0, run("drafts", "list", "--db", db.toString(), "--format", "json"), err());

        JsonNode array = new ObjectMapper().readTree(out());
        assertEquals(2, array.size());
        JsonNode first = array.get(0);
        assertEquals(article.id(), first.get("id").asLong());
        assertEquals("Pricing", first.get("title").asText());
        assertEquals("article", first.get("type").asText());
        assertEquals("ready", first.get("status").asText());
        assertEquals("[\"pricing\",\"saas\"]", first.get("tags").toString());
        assertEquals(article.created(), Instant.parse(first.get("created").asText()));
        assertEquals(article.updated(), Instant.parse(first.get("updated").asText()));
        assertEquals("draft", array.get(1).get("status").asText());
    }

    @Test
    void drafts_list_filters_by_status_in_text() {
        assertEquals(0, run("drafts", "list", "--status", "ready", "--db=" + db));

        assertTrue(out().contains("Pricing"), out());
        assertFalse(out().contains("Tukivuorot"), out());
        assertTrue(out().contains("[pricing, saas]"), out());
    }

    @Test
    void drafts_list_searches_finnish_and_english_words() {
        assertEquals(0, run("drafts", "list", "--search", "asia", "--db", db.toString()), err());
        assertTrue(out().contains("Tukivuorot"), out());
        assertFalse(out().contains("Pricing"), out());

        out.reset();
        assertEquals(0, run("drafts", "list", "--search", "priced", "--format", "json", "--db", db.toString()));
        assertTrue(out().contains("\"Pricing\""), out());
        assertFalse(out().contains("Tukivuorot"), out());

        assertOneLineError(run("drafts", "list", "--search", "\"*", "--db", db.toString()));
    }

    @Test
    void drafts_show_prints_the_text_with_its_details() {
        assertEquals(0, run("drafts", "show", Long.toString(post.id()), "--db", db.toString()));

        assertTrue(out().startsWith("#" + post.id() + " Tukivuorot"), out());
        assertTrue(out().contains("status: draft"), out());
        assertTrue(out().contains("Kolme asiaa, jotka muutimme."), out());
    }

    @Test
    void drafts_publish_logs_the_time_and_type_given() throws Exception {
        assertEquals(0, run("drafts", "publish", Long.toString(post.id()), "--db", db.toString(),
                "--at", "2025-03-04T09:30", "--as", "comment"), err());

        try (DraftStore store = DraftStore.open(db)) {
            // A time without an offset is in the writer's zone: 09:30 in Helsinki is 07:30 UTC in March.
            assertEquals(List.of(new Publication(post.id(), ContentType.COMMENT, Instant.parse("2025-03-04T07:30:00Z"))),
                    store.publishingLog().publications());
            assertEquals(DraftStatus.PUBLISHED, store.details(post.id()).orElseThrow().status());
        }
    }

    @Test
    void drafts_publish_defaults_to_now_and_the_drafts_type() throws Exception {
        assertEquals(0, run("drafts", "publish", Long.toString(article.id()), "--db", db.toString()), err());

        try (DraftStore store = DraftStore.open(db)) {
            assertEquals(List.of(new Publication(article.id(), ContentType.ARTICLE, NOW.instant())),
                    store.publishingLog().publications());
        }
    }

    @Test
    void an_unknown_id_a_bad_time_and_a_bad_type_exit_two_with_one_line() {
        assertOneLineError(run("drafts", "publish", "999", "--db", db.toString()));
        assertTrue(err().contains("no draft 999"), err());
        err.reset();
        assertOneLineError(run("drafts", "publish", "1", "--db", db.toString(), "--at", "yesterday"));
        assertTrue(err().contains("ISO-8601"), err());
        err.reset();
        assertOneLineError(run("drafts", "show", "abc", "--db", db.toString()));
        err.reset();
        assertOneLineError(run("drafts", "list", "--status", "done", "--db", db.toString()));
    }

    @Test
    void a_missing_database_exits_two_and_is_not_created() {
        Path missing = dir.resolve("typo.db");

        assertOneLineError(run("drafts", "list", "--db", missing.toString()));
        err.reset();
        assertOneLineError(run("cadence", "--db", missing.toString()));
        assertFalse(Files.exists(missing));
    }

    @Test
    void a_file_that_is_not_a_database_exits_two_with_the_stores_message() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.db"), "just some notes, not SQLite at all", StandardCharsets.UTF_8);

        assertOneLineError(run("cadence", "--db", notes.toString()));
        assertTrue(err().contains(notes.toString()), err());
    }

    @Test
    void the_database_given_before_the_command_is_used() {
        int status = cli().withDatabase(db).run(List.of("drafts", "list"));

        assertEquals(0, status, err());
        assertTrue(out().contains("Pricing"), out());
    }

    @Test
    void drafts_backup_writes_a_copy_and_never_overwrites() throws Exception {
        Path copy = dir.resolve("backup.db");

        assertEquals(0, run("drafts", "backup", copy.toString(), "--db", db.toString()), err());
        try (DraftStore store = DraftStore.open(copy)) {
            assertEquals(2, store.list().size());
        }
        long size = Files.size(copy);

        assertOneLineError(run("drafts", "backup", copy.toString(), "--db", db.toString()));
        assertEquals(size, Files.size(copy));
    }

    @Test
    void drafts_backup_without_a_file_writes_into_the_backups_folder_beside_the_database() throws Exception {
        assertEquals(0, run("drafts", "backup", "--db", db.toString()), err());

        Path written = dir.resolve("backups/readerfirst-20250305-100000.db");
        assertTrue(out().contains(written.toString()), out());
        try (DraftStore copy = DraftStore.open(written)) {
            assertEquals(2, copy.list().size());
        }
    }

    @Test
    void drafts_restore_puts_a_backup_in_place_and_says_where_the_old_database_is() throws Exception {
        Path backup = dir.resolve("backup.db");
        assertEquals(0, run("drafts", "backup", backup.toString(), "--db", db.toString()), err());
        try (DraftStore store = DraftStore.open(db)) {
            store.create("Written after the backup", "", ContentType.POST, Language.ENGLISH);
        }

        assertEquals(0, run("drafts", "restore", backup.toString(), "--db", db.toString()), err());

        assertTrue(out().contains("kept as " + db + ".before-restore-"), out());
        try (DraftStore store = DraftStore.open(db)) {
            assertEquals(List.of("Pricing", "Tukivuorot"), store.list().stream().map(Draft::title).sorted().toList());
        }
    }

    @Test
    void drafts_restore_refuses_a_bad_backup_and_leaves_the_drafts_alone() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.db"), "not a database", StandardCharsets.UTF_8);

        assertOneLineError(run("drafts", "restore", bad.toString(), "--db", db.toString()));

        assertTrue(err().contains("Your current drafts were left as they are"), err());
        try (DraftStore store = DraftStore.open(db)) {
            assertEquals(2, store.list().size());
        }
    }

    @Test
    void drafts_restore_refuses_while_the_window_is_open_on_the_database() throws Exception {
        Path backup = dir.resolve("backup.db");
        assertEquals(0, run("drafts", "backup", backup.toString(), "--db", db.toString()), err());
        try (InstanceLock window = InstanceLock.acquire(db)) {
            assertOneLineError(run("drafts", "restore", backup.toString(), "--db", db.toString()));
        }
        assertTrue(err().contains("ReaderFirst is open on"), err());
    }

    @Test
    void drafts_restore_over_a_damaged_database_moves_it_aside_first() throws Exception {
        Path backup = dir.resolve("backup.db");
        assertEquals(0, run("drafts", "backup", backup.toString(), "--db", db.toString()), err());
        Files.writeString(db, "scrambled", StandardCharsets.UTF_8);

        assertEquals(0, run("drafts", "restore", backup.toString(), "--db", db.toString()), err());

        Path aside = dir.resolve("readerfirst.db.corrupt-20250305-100000");
        assertEquals("scrambled", Files.readString(aside, StandardCharsets.UTF_8));
        try (DraftStore store = DraftStore.open(db)) {
            assertEquals(2, store.list().size());
        }
    }

    @Test
    void cadence_counts_todays_posts_in_the_writers_zone_and_articles_in_seven_days() throws Exception {
        try (DraftStore store = DraftStore.open(db)) {
            store.publishingLog().publish(post.id(), ContentType.POST, Instant.parse("2025-03-04T22:30:00Z")); // 00:30 today in Helsinki
            store.publishingLog().publish(post.id(), ContentType.POST, Instant.parse("2025-03-04T21:30:00Z")); // 23:30 yesterday
            store.publishingLog().publish(post.id(), ContentType.POST, Instant.parse("2025-03-05T09:00:00Z"));
            store.publishingLog().publish(article.id(), ContentType.ARTICLE, Instant.parse("2025-03-01T09:00:00Z"));
            store.publishingLog().publish(article.id(), ContentType.ARTICLE, Instant.parse("2025-02-20T09:00:00Z"));
        }

        assertEquals(0, run("cadence", "--db", db.toString(), "--format", "json"), err());
        assertEquals("{\"today\":{\"updates\":2,\"limit\":2},\"last7days\":{\"articles\":1,\"limit\":1}}",
                out().strip());
    }

    @Test
    void cadence_in_text_tells_people_how_much_is_left() {
        assertEquals(0, run("cadence", "--db", db.toString()), err());

        assertTrue(out().contains("Today: 0 of 2 updates"), out());
        assertTrue(out().contains("Last 7 days: 0 of 1 articles"), out());
    }

    @Test
    void check_with_a_database_reports_a_third_post_today_as_cadence() throws Exception {
        try (DraftStore store = DraftStore.open(db)) {
            store.publishingLog().publish(post.id(), ContentType.POST, Instant.parse("2025-03-05T06:00:00Z"));
            store.publishingLog().publish(article.id(), ContentType.POST, Instant.parse("2025-03-05T08:00:00Z"));
        }
        Path text = Files.writeString(dir.resolve("post.txt"),
                "Three things we changed in our support rota, and what each did to response times.",
                StandardCharsets.UTF_8);

        run("check", "--no-grammar", "--db", db.toString(), text.toString());

        assertTrue(out().contains("[cadence]"), out());
        assertTrue(out().contains("(cadence-updates-per-day)"), out());
    }

    @Test
    void check_with_an_empty_log_reports_no_cadence() throws Exception {
        Path text = Files.writeString(dir.resolve("post.txt"),
                "Three things we changed in our support rota, and what each did to response times.",
                StandardCharsets.UTF_8);

        run("check", "--no-grammar", "--db", db.toString(), text.toString());

        assertFalse(out().contains("cadence"), out());
        assertEquals("", err());
    }

    @Test
    void check_with_a_missing_database_exits_two_before_checking() throws Exception {
        Path text = Files.writeString(dir.resolve("post.txt"), "Hello.", StandardCharsets.UTF_8);

        assertOneLineError(run("check", "--no-grammar", "--db", dir.resolve("none.db").toString(), text.toString()));
        assertEquals("", out());
    }

    @Test
    void help_documents_cadence_and_drafts() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("readerfirst cadence"), out());
        assertTrue(out().contains("drafts publish ID"), out());
        assertTrue(out().contains("drafts backup [FILE]"), out());
        assertTrue(out().contains("drafts restore FILE"), out());
    }
}
