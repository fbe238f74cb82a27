package org.readerfirst.store;

import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.readerfirst.core.model.Draft;

/**
 * The drafts' revisions: their title and text at moments worth going back to. Reached through {@link
 * DraftStore#revisions()}; every method takes the store's lock, as the store's own methods do.
 */
public final class Revisions {

    private final DraftStore store;
    private final RevisionTable table;

    Revisions(DraftStore store) {
        this.store = store;
        this.table = new RevisionTable(store.file());
    }

    /**
     * Keeps the draft's title and text as a revision, unless its latest revision holds the same.
     *
     * @return the revision kept, or empty when it was the same as the latest
     * @throws NoSuchElementException if the draft does not exist
     */
    public Optional<RevisionSummary> keep(Draft draft, RevisionReason reason) throws StoreException {
        synchronized (store) {
            return table.keep(store.connection(), draft.id(), draft.title(), draft.body(), reason, store.now(), null);
        }
    }

    /** As {@link #keep} for {@link RevisionReason#AUTO}, and only once the latest is {@code minAge} old. */
    public Optional<RevisionSummary> keepIfDue(Draft draft, Duration minAge) throws StoreException {
        Objects.requireNonNull(minAge, "minAge");
        synchronized (store) {
            return table.keep(store.connection(), draft.id(), draft.title(), draft.body(), RevisionReason.AUTO,
                    store.now(), minAge);
        }
    }

    /** The draft's revisions, newest first, without their text; empty for a missing draft. */
    public List<RevisionSummary> ofDraft(long draftId) throws StoreException {
        synchronized (store) {
            return table.ofDraft(store.connection(), draftId);
        }
    }

    /** The revision with its text. */
    public Optional<Revision> find(long id) throws StoreException {
        synchronized (store) {
            return table.find(store.connection(), id);
        }
    }

    /** Keeps the text as stored now, e.g. before a change of status; the caller holds the store's lock. */
    void keepStored(long draftId, RevisionReason reason) throws StoreException {
        table.keepStored(store.connection(), draftId, reason, store.now());
    }
}
