package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;

/** Revisions: the draft's text kept at moments the writer may want to go back to. */
class RevisionsTest {

    private static final Instant START = Instant.parse("2025-05-01T09:00:00Z");
    private static final Duration PAUSE = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    private Path file;
    private ManualClock clock;
    private DraftStore store;
    private Draft draft;

    @BeforeEach
    void openStore() throws StoreException {
        file = dir.resolve("readerfirst.db");
        clock = new ManualClock(START);
        store = DraftStore.open(file, clock);
        draft = store.create("Launch", "We launched.", ContentType.POST, Language.ENGLISH);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private Draft withBody(String body) {
        return new Draft(draft.id(), draft.title(), body, draft.type(), draft.language(), draft.created(),
                draft.updated());
    }

    @Test
    void a_kept_revision_is_listed_with_its_time_size_and_reason_and_read_back_after_reopening() throws Exception {
        RevisionSummary kept = store.revisions().keep(withBody("Hyvää työtä 🚀"), RevisionReason.MANUAL).orElseThrow();
        store.close();

        store = DraftStore.open(file, clock);
        assertEquals(List.of(new RevisionSummary(kept.id(), draft.id(), START, "Launch", 13, RevisionReason.MANUAL)),
                store.revisions().ofDraft(draft.id()));
        assertEquals(Optional.of(new Revision(kept.id(), draft.id(), START, "Launch", "Hyvää työtä 🚀",
                RevisionReason.MANUAL)), store.revisions().find(kept.id()));
        assertEquals(kept, store.revisions().ofDraft(draft.id()).get(0));
    }

    @Test
    void revisions_are_listed_newest_first() throws Exception {
        store.revisions().keep(withBody("One."), RevisionReason.MANUAL);
        clock.advance(Duration.ofMinutes(1));
        store.revisions().keep(withBody("Two."), RevisionReason.RESTORE);

        assertEquals(List.of(4, 4), store.revisions().ofDraft(draft.id()).stream().map(RevisionSummary::size).toList());
        assertEquals(List.of(RevisionReason.RESTORE, RevisionReason.MANUAL),
                store.revisions().ofDraft(draft.id()).stream().map(RevisionSummary::reason).toList());
    }

    @Test
    void the_same_text_is_not_kept_twice_in_a_row() throws Exception {
        assertTrue(store.revisions().keep(withBody("Same."), RevisionReason.MANUAL).isPresent());
        clock.advance(Duration.ofHours(1));

        assertEquals(Optional.empty(), store.revisions().keep(withBody("Same."), RevisionReason.MANUAL));
        assertEquals(1, store.revisions().ofDraft(draft.id()).size());
    }

    @Test
    void a_text_seen_before_is_kept_again_when_something_else_came_between() throws Exception {
        store.revisions().keep(withBody("A."), RevisionReason.MANUAL);
        store.revisions().keep(withBody("B."), RevisionReason.MANUAL);
        store.revisions().keep(withBody("A."), RevisionReason.MANUAL);

        assertEquals(3, store.revisions().ofDraft(draft.id()).size());
    }

    @Test
    void an_automatic_revision_waits_until_the_latest_is_old_enough() throws Exception {
        assertTrue(store.revisions().keepIfDue(withBody("First."), PAUSE).isPresent());
        clock.advance(Duration.ofMinutes(2));
        assertEquals(Optional.empty(), store.revisions().keepIfDue(withBody("Second."), PAUSE));
        clock.advance(Duration.ofMinutes(1));
        RevisionSummary kept = store.revisions().keepIfDue(withBody("Third."), PAUSE).orElseThrow();

        assertEquals(RevisionReason.AUTO, kept.reason());
        assertEquals("Third.", store.revisions().find(kept.id()).orElseThrow().body());
        assertEquals(2, store.revisions().ofDraft(draft.id()).size());
    }

    @Test
    void changing_the_status_keeps_the_stored_text_once() throws Exception {
        store.save(withBody("Ready to go."));

        store.setStatus(draft.id(), DraftStatus.READY);
        store.setStatus(draft.id(), DraftStatus.READY);

        List<RevisionSummary> revisions = store.revisions().ofDraft(draft.id());
        assertEquals(1, revisions.size());
        assertEquals(RevisionReason.STATUS, revisions.get(0).reason());
        assertEquals("Ready to go.", store.revisions().find(revisions.get(0).id()).orElseThrow().body());
    }

    @Test
    void publishing_a_draft_keeps_a_revision_of_what_was_published() throws Exception {
        store.save(withBody("Published words."));
        store.revisions().keep(withBody("Earlier words."), RevisionReason.MANUAL);
        clock.advance(Duration.ofMinutes(5));

        store.publishingLog().publish(draft.id(), ContentType.POST, clock.instant());

        RevisionSummary newest = store.revisions().ofDraft(draft.id()).get(0);
        assertEquals(RevisionReason.STATUS, newest.reason());
        assertEquals("Published words.", store.revisions().find(newest.id()).orElseThrow().body());
    }

    @Test
    void a_revision_of_a_missing_draft_is_refused() throws Exception {
        Draft missing = new Draft(99, "Gone", "Text.", ContentType.POST, Language.ENGLISH, START, START);

        assertThrows(NoSuchElementException.class, () -> store.revisions().keep(missing, RevisionReason.MANUAL));
        assertEquals(Optional.empty(), store.revisions().find(1).map(Revision::id));
    }

    @Test
    void revisions_go_with_their_draft_when_the_trash_is_emptied_but_not_before() throws Exception {
        Draft other = store.create("Other", "Stays.", ContentType.POST, Language.ENGLISH);
        store.revisions().keep(withBody("Goes."), RevisionReason.MANUAL);
        store.revisions().keep(other, RevisionReason.MANUAL);

        store.trash(draft.id());
        assertEquals(1, store.revisions().ofDraft(draft.id()).size());
        store.emptyTrash();

        assertEquals(List.of(), store.revisions().ofDraft(draft.id()));
        assertEquals(1, store.revisions().ofDraft(other.id()).size());
        assertEquals(List.of("1"), RawSql.rows(file, "SELECT count(*) FROM revisions"));
    }
}
