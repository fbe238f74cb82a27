package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Dismissal;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;

class DraftStoreDismissalTest {

    private static final Instant START = Instant.parse("2025-03-01T09:00:00.123Z");
    private static final Dismissal SYNERGY = new Dismissal("jargon", "synergy");
    private static final Dismissal LEVERAGE = new Dismissal("jargon", "leverage");

    @TempDir
    Path dir;

    private Path file;
    private final ManualClock clock = new ManualClock(START);
    private DraftStore store;
    private Draft draft;

    @BeforeEach
    void openStoreWithADraft() throws StoreException {
        file = dir.resolve("readerfirst.db");
        store = DraftStore.open(file, clock);
        draft = store.create("Q4", "Our synergy will leverage synergy.", ContentType.POST, Language.ENGLISH);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void a_new_draft_has_no_dismissals() throws StoreException {
        assertEquals(Set.of(), store.dismissals(draft.id()));
    }

    @Test
    void dismissals_are_listed_in_the_order_they_were_made() throws StoreException {
        store.dismiss(draft.id(), SYNERGY);
        clock.advance(Duration.ofSeconds(1));
        store.dismiss(draft.id(), LEVERAGE);

        assertEquals(List.of(SYNERGY, LEVERAGE), List.copyOf(store.dismissals(draft.id())));
    }

    @Test
    void dismissals_are_there_after_a_reopen() throws StoreException {
        store.dismiss(draft.id(), SYNERGY);
        store.dismiss(draft.id(), LEVERAGE);
        store.close();

        try (DraftStore reopened = DraftStore.open(file, clock)) {
            assertEquals(Set.of(SYNERGY, LEVERAGE), reopened.dismissals(draft.id()));
        }
    }

    @Test
    void a_dismissal_belongs_to_one_draft_only() throws StoreException {
        Draft other = store.create("Other", "synergy again", ContentType.POST, Language.ENGLISH);

        store.dismiss(draft.id(), SYNERGY);

        assertEquals(Set.of(SYNERGY), store.dismissals(draft.id()));
        assertEquals(Set.of(), store.dismissals(other.id()));
    }

    @Test
    void the_same_rule_on_other_text_and_other_rules_on_the_same_text_are_separate_dismissals()
            throws StoreException {
        Dismissal otherRule = new Dismissal("buzzword", "synergy");

        store.dismiss(draft.id(), SYNERGY);
        store.dismiss(draft.id(), LEVERAGE);
        store.dismiss(draft.id(), otherRule);

        assertEquals(Set.of(SYNERGY, LEVERAGE, otherRule), store.dismissals(draft.id()));
    }

    @Test
    void dismissing_the_same_finding_twice_keeps_one_and_its_first_time() throws Exception {
        store.dismiss(draft.id(), SYNERGY);
        clock.advance(Duration.ofHours(1));

        store.dismiss(draft.id(), SYNERGY);

        assertEquals(Set.of(SYNERGY), store.dismissals(draft.id()));
        assertEquals(List.of("2025-03-01T09:00:00.123Z"), RawSql.rows(file, "SELECT created FROM dismissals"));
    }

    @Test
    void undismissing_forgets_only_that_finding_and_forgetting_a_missing_one_does_nothing() throws StoreException {
        store.dismiss(draft.id(), SYNERGY);
        store.dismiss(draft.id(), LEVERAGE);

        store.undismiss(draft.id(), SYNERGY);
        store.undismiss(draft.id(), SYNERGY);
        store.undismiss(draft.id() + 100, LEVERAGE);

        assertEquals(Set.of(LEVERAGE), store.dismissals(draft.id()));
    }

    @Test
    void deleting_a_draft_deletes_its_dismissals_but_not_other_drafts() throws Exception {
        Draft other = store.create("Other", "synergy again", ContentType.POST, Language.ENGLISH);
        store.dismiss(draft.id(), SYNERGY);
        store.dismiss(other.id(), SYNERGY);

        store.delete(draft.id());

        assertEquals(Set.of(), store.dismissals(draft.id()));
        assertEquals(Set.of(SYNERGY), store.dismissals(other.id()));
        assertEquals(List.of(String.valueOf(other.id())), RawSql.rows(file, "SELECT draft_id FROM dismissals"));
    }

    @Test
    void a_new_draft_that_reuses_a_deleted_drafts_id_starts_with_no_dismissals() throws StoreException {
        store.dismiss(draft.id(), SYNERGY);
        store.delete(draft.id());

        Draft next = store.create("Next", "synergy", ContentType.POST, Language.ENGLISH);

        assertEquals(Set.of(), store.dismissals(next.id()));
    }

    @Test
    void dismissing_in_a_draft_that_does_not_exist_is_refused_and_stores_nothing() throws Exception {
        long missing = draft.id() + 100;

        NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> store.dismiss(missing, SYNERGY));

        assertEquals("there is no draft " + missing + " in " + file, e.getMessage());
        assertEquals(List.of("0"), RawSql.rows(file, "SELECT count(*) FROM dismissals"));
    }

    @Test
    void a_missing_draft_has_no_dismissals() throws StoreException {
        assertEquals(Set.of(), store.dismissals(draft.id() + 100));
    }

    @Test
    void dismissing_does_not_count_as_editing_the_draft() throws StoreException {
        clock.advance(Duration.ofHours(1));

        store.dismiss(draft.id(), SYNERGY);
        store.undismiss(draft.id(), SYNERGY);

        assertEquals(Optional.of(draft), store.find(draft.id()));
    }

    @Test
    void matched_text_with_sql_quotes_emoji_and_line_breaks_is_kept_exactly() throws StoreException {
        Set<Dismissal> hostile = Set.of(
                new Dismissal("jargon", "'); DROP TABLE drafts;--"),
                new Dismissal("x'); DELETE FROM dismissals;--", "synergy"),
                new Dismissal("jargon", "\"quoted\" and 'single'"),
                new Dismissal("jargon", "tiimi 🚀 ääkköset\ntoinen rivi\u0000"),
                new Dismissal("jargon", ""));
        for (Dismissal d : hostile) {
            store.dismiss(draft.id(), d);
        }
        store.close();

        try (DraftStore reopened = DraftStore.open(file, clock)) {
            assertEquals(hostile, reopened.dismissals(draft.id()));
            assertEquals(List.of(draft), reopened.list());
        }
    }

    @Test
    void the_returned_set_cannot_be_changed_by_the_caller() throws StoreException {
        store.dismiss(draft.id(), SYNERGY);

        Set<Dismissal> dismissals = store.dismissals(draft.id());

        assertThrows(UnsupportedOperationException.class, () -> dismissals.add(LEVERAGE));
    }
}
