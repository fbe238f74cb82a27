package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;

class DraftStoreTest {

    private static final Instant START = Instant.parse("2025-03-01T09:00:00.123Z");

    @TempDir
    Path dir;

    private Path file;
    private final ManualClock clock = new ManualClock(START);
    private DraftStore store;

    @BeforeEach
    void openStore() throws StoreException {
        file = dir.resolve("readerfirst.db");
        store = DraftStore.open(file, clock);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void a_created_draft_gets_an_id_and_the_clocks_time() throws StoreException {
        Draft draft = store.create("Hiring", "We are hiring.", ContentType.POST, Language.ENGLISH);

        assertTrue(draft.id() > 0);
        assertEquals(new Draft(draft.id(), "Hiring", "We are hiring.", ContentType.POST, Language.ENGLISH,
                START, START), draft);
        assertEquals(Optional.of(draft), store.find(draft.id()));
    }

    @Test
    void times_are_kept_to_the_millisecond_so_the_returned_draft_equals_the_stored_one() throws StoreException {
        clock.advance(Duration.ofNanos(456_789));

        Draft draft = store.create("t", "b", ContentType.POST, Language.AUTO);

        assertEquals(START, draft.created());
        assertEquals(Optional.of(draft), store.find(draft.id()));
    }

    @Test
    void finding_a_missing_draft_gives_nothing() throws StoreException {
        assertEquals(Optional.empty(), store.find(42));
    }

    @Test
    void the_list_shows_the_most_recently_updated_draft_first() throws StoreException {
        Draft first = store.create("first", "", ContentType.POST, Language.ENGLISH);
        clock.advance(Duration.ofMinutes(1));
        Draft second = store.create("second", "", ContentType.ARTICLE, Language.FINNISH);
        clock.advance(Duration.ofMinutes(1));
        Draft firstAgain = store.save(first.withBody("edited", clock.instant()));

        assertEquals(List.of(firstAgain, second), store.list());
    }

    @Test
    void drafts_updated_in_the_same_millisecond_list_the_newest_first() throws StoreException {
        Draft a = store.create("a", "", ContentType.POST, Language.ENGLISH);
        Draft b = store.create("b", "", ContentType.POST, Language.ENGLISH);

        assertEquals(List.of(b, a), store.list());
    }

    @Test
    void saving_stores_every_field_and_moves_only_the_updated_time() throws StoreException {
        Draft draft = store.create("Old", "old body", ContentType.POST, Language.ENGLISH);
        clock.advance(Duration.ofHours(2));
        Draft edited = new Draft(draft.id(), "New", "new body", ContentType.CONNECTION_NOTE, Language.FINNISH,
                Instant.EPOCH, Instant.EPOCH);

        Draft saved = store.save(edited);

        Draft expected = new Draft(draft.id(), "New", "new body", ContentType.CONNECTION_NOTE, Language.FINNISH,
                START, START.plus(Duration.ofHours(2)));
        assertEquals(expected, saved);
        assertEquals(Optional.of(expected), store.find(draft.id()));
    }

    @Test
    void saving_a_draft_that_was_never_stored_is_refused() {
        Draft unsaved = new Draft(0, "t", "b", ContentType.POST, Language.ENGLISH, START, START);

        assertThrows(IllegalArgumentException.class, () -> store.save(unsaved));
    }

    @Test
    void saving_a_deleted_draft_says_it_is_gone_instead_of_creating_it_again() throws StoreException {
        Draft draft = store.create("t", "b", ContentType.POST, Language.ENGLISH);
        store.delete(draft.id());

        assertThrows(NoSuchElementException.class, () -> store.save(draft));
        assertEquals(List.of(), store.list());
    }

    @Test
    void deleting_removes_only_that_draft() throws StoreException {
        Draft keep = store.create("keep", "", ContentType.POST, Language.ENGLISH);
        Draft drop = store.create("drop", "", ContentType.POST, Language.ENGLISH);

        store.delete(drop.id());
        store.delete(drop.id());

        assertEquals(Optional.empty(), store.find(drop.id()));
        assertEquals(List.of(keep), store.list());
    }

    @Test
    void drafts_and_settings_are_there_after_reopening_the_file() throws StoreException {
        Draft a = store.create("a", "alpha", ContentType.MESSAGE, Language.FINNISH);
        Draft b = store.create("b", "beta", ContentType.COMMENT, Language.AUTO);
        store.putSetting("theme", "dark");
        store.close();

        try (DraftStore reopened = DraftStore.open(file, clock)) {
            assertEquals(List.of(b, a), reopened.list());
            assertEquals(Optional.of("dark"), reopened.setting("theme"));
        }
    }

    @Test
    void ids_are_not_reused_after_a_reopen() throws StoreException {
        Draft a = store.create("a", "", ContentType.POST, Language.ENGLISH);
        store.close();

        try (DraftStore reopened = DraftStore.open(file, clock)) {
            Draft b = reopened.create("b", "", ContentType.POST, Language.ENGLISH);
            assertTrue(b.id() > a.id());
        }
    }

    @Test
    void a_setting_round_trips_and_a_new_value_replaces_the_old() throws StoreException {
        assertEquals(Optional.empty(), store.setting("language"));

        store.putSetting("language", "fi");
        assertEquals(Optional.of("fi"), store.setting("language"));

        store.putSetting("language", "en");
        assertEquals(Optional.of("en"), store.setting("language"));
        assertEquals(Optional.empty(), store.setting("Language"));
    }

    @Test
    void text_comes_back_exactly_as_written() throws StoreException {
        String body = "Hyvää huomenta, Åsa! Öljy ja äes.\r\nTabs\there, emoji 👩🏽‍💻🇫🇮, "
                + "combining e\u0301, right-to-left שלום, zero width\u200Bspace, NUL\u0000inside, trailing  \n";
        String title = "Ääkköset 🚀\u0000";

        Draft created = store.create(title, body, ContentType.ARTICLE, Language.FINNISH);
        store.putSetting("signature", body);
        store.close();

        try (DraftStore reopened = DraftStore.open(file, clock)) {
            Draft stored = reopened.find(created.id()).orElseThrow();
            assertEquals(title, stored.title());
            assertEquals(body, stored.body());
            assertEquals(Optional.of(body), reopened.setting("signature"));
        }
    }

    @Test
    void a_new_database_is_at_the_latest_schema_and_reopening_keeps_it_there() throws StoreException {
        assertEquals(Schema.latestVersion(), store.maintenance().schemaVersion());
        store.create("a", "", ContentType.POST, Language.ENGLISH);
        store.close();

        try (DraftStore reopened = DraftStore.open(file, clock)) {
            assertEquals(Schema.latestVersion(), reopened.maintenance().schemaVersion());
            assertEquals(1, reopened.list().size());
        }
    }

    @Test
    void a_draft_with_a_type_this_version_does_not_know_is_reported_not_guessed() throws Exception {
        Draft draft = store.create("t", "b", ContentType.POST, Language.ENGLISH);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file.toUri());
             PreparedStatement ps = other.prepareStatement("UPDATE drafts SET type = ? WHERE id = ?")) {
            ps.setString(1, "carousel");
            ps.setLong(2, draft.id());
            ps.executeUpdate();
        }

        StoreException e = assertThrows(StoreException.class, () -> store.list());

        assertEquals(StoreException.Kind.CORRUPT, e.kind());
        assertTrue(e.getMessage().contains("draft " + draft.id()), e.getMessage());
    }

    @Test
    void the_store_tells_which_file_it_uses() {
        assertEquals(file, store.file());
    }

    @Test
    void several_threads_can_create_and_list_at_once() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Long>> jobs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String title = "draft " + i;
                jobs.add(() -> {
                    store.list();
                    return store.create(title, "body", ContentType.POST, Language.ENGLISH).id();
                });
            }
            HashSet<Long> ids = new HashSet<>();
            for (Future<Long> f : pool.invokeAll(jobs)) {
                ids.add(f.get());
            }
            assertEquals(40, ids.size());
            assertEquals(40, store.list().size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_closed_store_refuses_further_use_and_closing_again_is_harmless() {
        store.close();
        store.close();

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.list());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }
}
