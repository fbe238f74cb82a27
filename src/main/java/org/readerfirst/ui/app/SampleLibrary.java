package org.readerfirst.ui.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.DraftSummary;
import org.readerfirst.store.StoreException;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.common.StatusLine;
import org.readerfirst.ui.common.StoreWriter;
import org.readerfirst.ui.library.DraftItem;
import org.readerfirst.ui.library.DraftLibraryViewModel;
import org.readerfirst.ui.library.DraftListViewModel;

/**
 * The sample drafts in a writer's library: put in a new library on its first start (when the
 * installed app offers them), and moved to the trash in one go when the writer has seen enough.
 */
final class SampleLibrary {

    /** Set once the samples were offered, so a library emptied later stays empty. */
    static final String OFFERED = "samples.offered";

    private final DraftListViewModel drafts;
    private final OpenDraft openDraft;
    private final StoreWriter storeWriter;
    private final DraftLibraryViewModel library;
    private final StatusLine status;
    private final Executor fx;
    private boolean offer;
    private boolean welcomed;

    SampleLibrary(DraftListViewModel drafts, OpenDraft openDraft, StoreWriter storeWriter, DraftLibraryViewModel library,
                  StatusLine status, Executor fx) {
        this.drafts = drafts;
        this.openDraft = openDraft;
        this.storeWriter = storeWriter;
        this.library = library;
        this.status = status;
        this.fx = fx;
    }

    void offer() {
        offer = true;
    }

    boolean welcomed() {
        return welcomed;
    }

    /**
     * At start, before the list is read: a new library that was never offered the samples gets them.
     *
     * @param empty whether the library holds no drafts
     * @return whether it is still empty
     */
    boolean fillIfNew(DraftStore store, boolean empty) throws StoreException {
        welcomed = offer && empty && store.setting(OFFERED).isEmpty();
        if (!welcomed) {
            return empty;
        }
        // Created last to first: the list shows the newest first, so the first sample opens.
        List<SampleDrafts.Sample> samples = new ArrayList<>(SampleDrafts.in(Messages.language()));
        Collections.reverse(samples);
        for (SampleDrafts.Sample sample : samples) {
            Draft d = store.create(sample.title(), sample.text(), sample.contentType(), Language.AUTO);
            store.setTags(d.id(), List.of(SampleDrafts.TAG));
        }
        store.putSetting(OFFERED, "yes");
        return samples.isEmpty();
    }

    /**
     * Moves every sample draft to the trash in one go; completes once the list shows the rest. The
     * open draft, if it is a sample, is let go first so that no autosave writes it back.
     */
    CompletableFuture<Void> remove() {
        DraftItem open = drafts.selected();
        boolean openIsSample = open != null && open.tagsProperty().get().contains(SampleDrafts.TAG);
        if (openIsSample) {
            openDraft.discard(open.id());
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        storeWriter.submit(s -> {
            int removed = 0;
            for (DraftSummary d : s.summaries(null, null)) {
                if (d.tags().contains(SampleDrafts.TAG)) {
                    s.trash(d.id());
                    removed++;
                }
            }
            return removed;
        }).whenCompleteAsync((removed, error) -> {
            if (error != null) {
                openDraft.discarded();
                status.storeFailed(error);
                done.complete(null);
                return;
            }
            status.show(Messages.get("status.samples.removed", removed));
            library.refresh().whenCompleteAsync((ignored, e) -> {
                openDraft.discarded();
                if (drafts.items().isEmpty()) {
                    openDraft.newDraft();
                } else if (openIsSample) {
                    drafts.select(drafts.items().get(0));
                }
                done.complete(null);
            }, fx);
        }, fx);
        return done;
    }
}
