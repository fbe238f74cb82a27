package org.readerfirst.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NoSuchElementException;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Publication;

/**
 * When the writer published which draft, and as what. Reached through {@link DraftStore#publishingLog()};
 * every method takes the store's lock, as the store's own methods do.
 */
public final class PublishingLog {

    private final DraftStore store;
    private final PublicationTable table;

    PublishingLog(DraftStore store) {
        this.store = store;
        this.table = new PublicationTable(store.file());
    }

    /**
     * Records that the draft was published as {@code as} at {@code at} (kept to the millisecond) and
     * sets its status to published.
     *
     * @throws NoSuchElementException if the draft does not exist
     */
    public Publication publish(long draftId, ContentType as, Instant at) throws StoreException {
        Publication p = new Publication(draftId, as, at.truncatedTo(ChronoUnit.MILLIS));
        synchronized (store) {
            boolean changes = store.statusChanges(draftId, DraftStatus.PUBLISHED);
            Publication published = table.publish(store.connection(), p).publication();
            if (changes) {
                store.revisions().keepStored(draftId, RevisionReason.STATUS);
            }
            return published;
        }
    }

    /** The publishing log, oldest first; a publication whose draft was deleted has draft id 0. */
    public List<Publication> publications() throws StoreException {
        return stored().stream().map(StoredPublication::publication).toList();
    }

    /** As {@link #publications()}, with the ids that corrections refer to. */
    public List<StoredPublication> stored() throws StoreException {
        synchronized (store) {
            return table.list(store.connection());
        }
    }

    /** @throws NoSuchElementException if no publication has the id */
    public void correct(long id, Instant at) throws StoreException {
        synchronized (store) {
            table.correct(store.connection(), id, at.truncatedTo(ChronoUnit.MILLIS));
        }
    }

    /** Removing one that is not there does nothing. */
    public void remove(long id) throws StoreException {
        synchronized (store) {
            table.remove(store.connection(), id);
        }
    }
}
