package org.readerfirst.ui.library;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.readerfirst.core.model.Draft;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.common.StatusLine;
import org.readerfirst.ui.common.StoreWriter;

/**
 * The trash: drafts the writer deleted, until they are restored or the trash is emptied. Read and
 * changed on the writer thread; the drafts list is listed again after a restore.
 */
public final class TrashViewModel {

    private final StoreWriter storeWriter;
    private final Executor fx;
    private final StatusLine status;
    private final DraftLibraryViewModel library;
    private final ObservableList<Draft> drafts = FXCollections.observableArrayList();

    public TrashViewModel(StoreWriter storeWriter, Executor fx, StatusLine status, DraftLibraryViewModel library) {
        this.storeWriter = storeWriter;
        this.fx = fx;
        this.status = status;
        this.library = library;
    }

    /** Reads the trash; completes on the FX thread once it is shown. */
    public CompletableFuture<Void> load() {
        return after(storeWriter.submit(s -> s.trashed()), drafts::setAll);
    }

    /** Puts the draft back in the drafts list. */
    public CompletableFuture<Void> restore(Draft draft) {
        long id = draft.id();
        return after(storeWriter.submit(s -> {
            s.restore(id);
            return s.trashed();
        }), trashed -> {
            drafts.setAll(trashed);
            status.show(Messages.get("status.restored", draft.title()));
            library.refresh();
        });
    }

    /** Deletes every draft in the trash for good. */
    public CompletableFuture<Void> empty() {
        return after(storeWriter.submit(s -> {
            s.emptyTrash();
            return s.trashed();
        }), drafts::setAll);
    }

    private interface Shown {
        void accept(List<Draft> trashed);
    }

    private CompletableFuture<Void> after(CompletableFuture<List<Draft>> read, Shown then) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        read.whenCompleteAsync((trashed, error) -> {
            if (error != null) {
                status.storeFailed(error);
            } else {
                then.accept(trashed);
            }
            done.complete(null);
        }, fx);
        return done;
    }

    public ObservableList<Draft> drafts() {
        return drafts;
    }
}
