package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Publication;

class PublishingLogTest {

    private static final Instant MORNING = Instant.parse("2025-03-03T07:30:00.123Z");
    private static final Instant EVENING = Instant.parse("2025-03-03T18:00:00.000Z");

    @TempDir
    Path dir;

    private Path file;
    private DraftStore store;
    private Draft draft;

    @BeforeEach
    void openStore() throws StoreException {
        file = dir.resolve("readerfirst.db");
        store = DraftStore.open(file, new ManualClock(Instant.parse("2025-03-01T09:00:00Z")));
        draft = store.create("Rota", "What changed.", ContentType.POST, Language.ENGLISH);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void publishing_records_the_publication_and_marks_the_draft_published() throws StoreException {
        Publication p = store.publishingLog().publish(draft.id(), ContentType.POST, MORNING);

        assertEquals(new Publication(draft.id(), ContentType.POST, MORNING), p);
        assertEquals(List.of(p), store.publishingLog().publications());
        assertEquals(DraftStatus.PUBLISHED, store.details(draft.id()).orElseThrow().status());
    }

    @Test
    void the_log_survives_a_reopen_oldest_first_to_the_millisecond() throws StoreException {
        store.publishingLog().publish(draft.id(), ContentType.ARTICLE, EVENING);
        store.publishingLog().publish(draft.id(), ContentType.POST, MORNING.plusNanos(999_999));
        store.close();

        store = DraftStore.open(file);
        assertEquals(List.of(new Publication(draft.id(), ContentType.POST, MORNING),
                new Publication(draft.id(), ContentType.ARTICLE, EVENING)), store.publishingLog().publications());
    }

    @Test
    void publishing_a_missing_draft_records_nothing() throws StoreException {
        assertThrows(NoSuchElementException.class, () -> store.publishingLog().publish(999, ContentType.POST, MORNING));
        assertEquals(List.of(), store.publishingLog().publications());
    }

    @Test
    void a_publication_can_be_corrected_and_removed_by_its_id() throws StoreException {
        store.publishingLog().publish(draft.id(), ContentType.POST, MORNING);
        store.publishingLog().publish(draft.id(), ContentType.COMMENT, EVENING);
        long first = store.publishingLog().stored().get(0).id();

        store.publishingLog().correct(first, EVENING.plusSeconds(60));
        assertEquals(List.of(ContentType.COMMENT, ContentType.POST),
                store.publishingLog().publications().stream().map(Publication::type).toList());

        store.publishingLog().remove(first);
        assertEquals(List.of(new Publication(draft.id(), ContentType.COMMENT, EVENING)), store.publishingLog().publications());
        assertThrows(NoSuchElementException.class, () -> store.publishingLog().correct(first, MORNING));
    }

    @Test
    void publications_stay_in_the_log_after_their_draft_is_deleted() throws StoreException {
        store.publishingLog().publish(draft.id(), ContentType.POST, MORNING);

        store.trash(draft.id());
        store.emptyTrash();

        assertEquals(List.of(new Publication(0, ContentType.POST, MORNING)), store.publishingLog().publications());
    }
}
