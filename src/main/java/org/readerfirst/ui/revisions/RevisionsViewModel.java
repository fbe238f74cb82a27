package org.readerfirst.ui.revisions;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reactfx.EventSource;
import org.reactfx.EventStream;
import org.readerfirst.core.diff.WordDiff;
import org.readerfirst.core.model.Draft;
import org.readerfirst.store.Revision;
import org.readerfirst.store.RevisionReason;
import org.readerfirst.store.RevisionSummary;
import org.readerfirst.ui.common.Dates;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.common.StatusLine;
import org.readerfirst.ui.common.StoreWriter;
import org.readerfirst.ui.editor.EditorViewModel;

/**
 * The open draft's revisions: kept after a pause in the writing, on demand and before a restore;
 * listed, compared side by side and restored. Store calls go through the writer thread, the
 * comparison runs on the check executor, and results come back on the FX executor.
 */
public final class RevisionsViewModel {

    /** How long the writing goes on before an autosave keeps another revision. */
    static final Duration PAUSE = Duration.ofMinutes(3);

    private static final System.Logger LOG = System.getLogger(RevisionsViewModel.class.getName());

    private final EditorViewModel editor;
    private final StoreWriter storeWriter;
    private final Executor compareExecutor;
    private final Executor fx;
    private final StatusLine status;
    private final ObservableList<RevisionSummary> revisions = FXCollections.observableArrayList();
    private final EventSource<String> restores = new EventSource<>();

    public RevisionsViewModel(EditorViewModel editor, StoreWriter storeWriter, Executor compareExecutor, Executor fx,
                       StatusLine status) {
        this.editor = editor;
        this.storeWriter = storeWriter;
        this.compareExecutor = compareExecutor;
        this.fx = fx;
        this.status = status;
    }

    /**
     * The draft was opened or saved: keeps its text if the latest revision is older than the pause and
     * holds another text. An empty draft has nothing worth keeping.
     */
    public void draftWritten(Draft draft) {
        if (draft == null || draft.body().isBlank()) {
            return;
        }
        storeWriter.submit(s -> s.revisions().keepIfDue(draft, PAUSE)).exceptionally(e -> {
            LOG.log(Level.WARNING, "Could not keep a revision of draft " + draft.id(), e);
            return null;
        });
    }

    /** Reads the open draft's revisions, newest first; completes on the FX thread. */
    public CompletableFuture<List<RevisionSummary>> refresh() {
        Draft open = editor.current();
        if (open == null) {
            revisions.clear();
            return CompletableFuture.completedFuture(List.of());
        }
        long id = open.id();
        CompletableFuture<List<RevisionSummary>> done = new CompletableFuture<>();
        storeWriter.submit(s -> s.revisions().ofDraft(id)).whenCompleteAsync((list, error) -> {
            if (error != null) {
                status.storeFailed(error);
                done.completeExceptionally(error);
            } else {
                revisions.setAll(list);
                done.complete(list);
            }
        }, fx);
        return done;
    }

    /** Keep a revision: the open draft's text as it is in the editor now, saved or not. */
    public CompletableFuture<List<RevisionSummary>> keepNow() {
        Draft open = editor.current();
        if (open == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        return storeWriter.submit(s -> s.revisions().keep(open, RevisionReason.MANUAL)).thenComposeAsync(kept -> {
            status.show(Messages.get(kept.isPresent() ? "status.revision.kept" : "status.revision.same"));
            return refresh();
        }, fx).whenCompleteAsync((list, error) -> {
            if (error != null) {
                status.storeFailed(error);
            }
        }, fx);
    }

    /**
     * Puts the revision's text into the editor, where Undo takes it back. The editor's text is kept as
     * a revision first, so nothing is lost even after the undo history is gone.
     */
    public CompletableFuture<Void> restore(RevisionSummary chosen) {
        Draft open = editor.current();
        if (open == null || open.id() != chosen.draftId()) {
            return CompletableFuture.completedFuture(null);
        }
        return storeWriter.submit(s -> {
            s.revisions().keep(open, RevisionReason.RESTORE);
            return read(s.revisions().find(chosen.id()).orElse(null), chosen);
        }).handleAsync((revision, error) -> {
            if (error != null) {
                status.storeFailed(error);
            } else if (editor.current() != null && editor.current().id() == revision.draftId()) {
                restores.push(revision.body());
                status.show(Messages.get("status.revision.restored", label(chosen)));
            }
            return null;
        }, fx);
    }

    /**
     * Compares two revisions, the older on the left, or one revision (left) with the editor's text
     * (right); completes on the FX thread.
     *
     * @throws IllegalArgumentException unless one or two revisions are chosen
     */
    public CompletableFuture<RevisionComparison> compare(List<RevisionSummary> chosen) {
        if (chosen.isEmpty() || chosen.size() > 2) {
            throw new IllegalArgumentException("compare one revision with the text, or two revisions");
        }
        List<RevisionSummary> sorted = chosen.stream()
                .sorted(Comparator.comparing(RevisionSummary::created).thenComparing(RevisionSummary::id)).toList();
        RevisionSummary left = sorted.get(0);
        RevisionSummary right = sorted.size() == 2 ? sorted.get(1) : null;
        String current = editor.textProperty().get();
        return storeWriter.submit(s -> {
            String leftText = read(s.revisions().find(left.id()).orElse(null), left).body();
            String rightText = right == null ? current : read(s.revisions().find(right.id()).orElse(null), right).body();
            return new String[] {leftText, rightText};
        }).thenApplyAsync(texts -> new RevisionComparison(label(left), texts[0],
                right == null ? Messages.get("revisions.current") : label(right), texts[1],
                WordDiff.compare(texts[0], texts[1])), compareExecutor)
                .whenCompleteAsync((comparison, error) -> {
                    if (error != null) {
                        status.storeFailed(error);
                    }
                }, fx);
    }

    private static Revision read(Revision found, RevisionSummary wanted) {
        if (found == null) {
            throw new NoSuchElementException(Messages.get("revisions.missing", label(wanted)));
        }
        return found;
    }

    /** "Revision of Fri 27 Nov 2026 14:02:10", in the writer's time zone. */
    static String label(RevisionSummary r) {
        return Messages.get("revisions.label", Dates.dateTimeSeconds(r.created(), ZoneId.systemDefault()));
    }

    /** The open draft's revisions as last read, newest first. */
    public ObservableList<RevisionSummary> revisions() {
        return revisions;
    }

    /** Texts to put into the editor in place of its text, as one undoable edit. */
    public EventStream<String> restores() {
        return restores;
    }
}
