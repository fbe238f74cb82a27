package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
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

/** Status, tags and the trash: how the writer sorts drafts without touching their text. */
class DraftStoreOrganisingTest {

    @TempDir
    Path dir;

    private Path file;
    private DraftStore store;
    private Draft first;
    private Draft second;

    @BeforeEach
    void openStore() throws StoreException {
        file = dir.resolve("readerfirst.db");
        ManualClock clock = new ManualClock(Instant.parse("2025-03-01T09:00:00Z"));
        store = DraftStore.open(file, clock);
        first = store.create("First", "One.", ContentType.POST, Language.ENGLISH);
        clock.advance(java.time.Duration.ofMinutes(1));
        second = store.create("Toinen", "Kaksi.", ContentType.ARTICLE, Language.FINNISH);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void a_new_draft_is_a_draft_without_tags() throws StoreException {
        assertEquals(Optional.of(new DraftDetails(first, DraftStatus.DRAFT, List.of())), store.details(first.id()));
    }

    @Test
    void the_tags_in_use_are_listed_once_alphabetically_without_those_in_the_trash() throws StoreException {
        store.setTags(first.id(), List.of("työelämä", "Hiring"));
        store.setTags(second.id(), List.of("hiring", "ai", "työelämä"));
        Draft third = store.create("Third", "", ContentType.POST, Language.ENGLISH);
        store.setTags(third.id(), List.of("trashed only"));
        store.trash(third.id());

        assertEquals(List.of("ai", "Hiring", "hiring", "työelämä"), store.tags());
    }

    @Test
    void status_and_tags_are_kept_without_changing_the_updated_time() throws StoreException {
        store.setStatus(first.id(), DraftStatus.READY);
        store.setTags(first.id(), List.of(" hiring ", "työelämä", "", "hiring", "a, \"b\""));
        store.close();

        store = DraftStore.open(file);
        assertEquals(new DraftDetails(first, DraftStatus.READY, List.of("hiring", "työelämä", "a, \"b\"")),
                store.details(first.id()).orElseThrow());
    }

    @Test
    void drafts_can_be_listed_by_status() throws StoreException {
        store.setStatus(second.id(), DraftStatus.IDEA);

        assertEquals(List.of(second), store.listDetails(DraftStatus.IDEA).stream().map(DraftDetails::draft).toList());
        assertEquals(List.of(first), store.listDetails(DraftStatus.DRAFT).stream().map(DraftDetails::draft).toList());
    }

    @Test
    void a_trashed_draft_leaves_the_list_until_restored() throws StoreException {
        store.trash(second.id());
        assertEquals(List.of(first), store.list());
        assertEquals(List.of(second), store.trashed());
        assertEquals(Optional.of(second), store.find(second.id()));

        store.restore(second.id());
        assertEquals(List.of(second, first), store.list());
        assertEquals(List.of(), store.trashed());
    }

    @Test
    void emptying_the_trash_deletes_only_the_trashed_drafts() throws StoreException {
        store.trash(first.id());

        assertEquals(1, store.emptyTrash());

        assertEquals(List.of(second), store.list());
        assertEquals(Optional.empty(), store.find(first.id()));
    }

    @Test
    void organising_a_missing_draft_is_refused() {
        assertThrows(NoSuchElementException.class, () -> store.setStatus(99, DraftStatus.READY));
        assertThrows(NoSuchElementException.class, () -> store.setTags(99, List.of("x")));
        assertThrows(NoSuchElementException.class, () -> store.trash(99));
        assertThrows(NoSuchElementException.class, () -> store.restore(99));
    }
}
