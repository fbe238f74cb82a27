package org.readerfirst.ui.publishing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Publication;
import org.readerfirst.core.rules.Limits;
import org.readerfirst.core.rules.PublishingRhythm;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.DraftSummary;
import org.readerfirst.store.StoreException;
import org.readerfirst.store.StoredPublication;
import org.readerfirst.ui.common.StatusLine;
import org.readerfirst.ui.common.StoreWriter;

/**
 * The publishing log as the writer sees it: its entries with their drafts' titles, a corrected date
 * or a removed entry, and the last eight weeks against the guidance's rhythm with the next free slot.
 * Every change reaches the live cadence checks through {@code onChanged}.
 */
public final class PublishingLogViewModel {

    /** How many weeks the chart shows. */
    public static final int WEEKS = 8;

    /** An entry of the log with its draft's title; a deleted draft has none. */
    public record Entry(StoredPublication stored, String title) {

        public Publication publication() {
            return stored.publication();
        }
    }

    /** The chart's data: the weeks and the next free moment for an update and for an article. */
    public record Outlook(Instant now, PublishingRhythm rhythm, List<PublishingRhythm.Week> weeks,
                          Instant nextUpdate, Instant nextArticle) {
    }

    private final StoreWriter storeWriter;
    private final Executor fx;
    private final StatusLine status;
    private final Supplier<Limits> limits;
    private final Clock clock;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Outlook> outlook = new ReadOnlyObjectWrapper<>();
    private Consumer<List<Publication>> onChanged = log -> { };

    /** @param limits the limits table of the rule packs loaded now */
    public PublishingLogViewModel(StoreWriter storeWriter, Executor fx, StatusLine status, Supplier<Limits> limits,
                                  Clock clock) {
        this.storeWriter = storeWriter;
        this.fx = fx;
        this.status = status;
        this.limits = limits;
        this.clock = clock;
    }

    /** Told the whole log after every change, on the FX thread. */
    public void setOnChanged(Consumer<List<Publication>> listener) {
        this.onChanged = listener;
    }

    /** Reads the log on the FX thread before the window shows. */
    public void start(DraftStore store) throws StoreException {
        entries.setAll(read(store));
        refreshOutlook();
    }

    /** Reads the log again; completes on the FX thread once it is shown. */
    public CompletableFuture<Void> load() {
        return apply(s -> { });
    }

    /** Moves an entry to another moment, in the writer's time zone. */
    public CompletableFuture<Void> correct(Entry entry, LocalDate day, int hour, int minute) {
        Instant at = LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(zone()).toInstant();
        long id = entry.stored().id();
        return apply(s -> s.publishingLog().correct(id, at));
    }

    /** Takes an entry out of the log; the draft keeps its status. */
    public CompletableFuture<Void> remove(Entry entry) {
        long id = entry.stored().id();
        return apply(s -> s.publishingLog().remove(id));
    }

    private interface Change {
        void run(DraftStore store) throws StoreException;
    }

    private CompletableFuture<Void> apply(Change change) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        storeWriter.submit(s -> {
            change.run(s);
            return read(s);
        }).whenCompleteAsync((read, error) -> {
            if (error != null) {
                status.storeFailed(error);
            } else {
                entries.setAll(read);
                refreshOutlook();
                onChanged.accept(read.stream().map(Entry::publication).toList());
            }
            done.complete(null);
        }, fx);
        return done;
    }

    private static List<Entry> read(DraftStore store) throws StoreException {
        List<StoredPublication> log = store.publishingLog().stored();
        if (log.isEmpty()) {
            return List.of();
        }
        // The titles in one read, not one a publication: an imported history logs thousands.
        Map<Long, String> titles = new HashMap<>();
        for (DraftSummary d : store.summaries(null, null)) {
            titles.put(d.id(), d.title());
        }
        List<Entry> out = new ArrayList<>(log.size());
        for (StoredPublication p : log) {
            long draftId = p.publication().draftId();
            String title = titles.get(draftId);
            if (title == null) {
                // In the trash, or gone: the trash is not among the summaries.
                title = draftId > 0 ? store.find(draftId).map(Draft::title).orElse("") : "";
                titles.put(draftId, title);
            }
            out.add(new Entry(p, title));
        }
        return out;
    }

    /** Counts the weeks again, e.g. when the rule packs were reloaded with other limits. */
    public void refreshOutlook() {
        Instant now = clock.instant();
        PublishingRhythm rhythm = new PublishingRhythm(entries.stream().map(Entry::publication).toList(), zone(),
                limits.get());
        outlook.set(new Outlook(now, rhythm, rhythm.lastWeeks(now, WEEKS), rhythm.proposedUpdate(now),
                rhythm.proposedArticle(now)));
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** The log, oldest first. */
    public ObservableList<Entry> entries() {
        return entries;
    }

    public ReadOnlyObjectProperty<Outlook> outlookProperty() {
        return outlook.getReadOnlyProperty();
    }
}
