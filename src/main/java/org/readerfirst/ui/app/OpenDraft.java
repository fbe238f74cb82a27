package org.readerfirst.ui.app;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.ui.common.Autosaver;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.common.StatusLine;
import org.readerfirst.ui.common.StoreWriter;
import org.readerfirst.ui.editor.EditorViewModel;
import org.readerfirst.ui.library.DraftItem;
import org.readerfirst.ui.library.DraftListViewModel;
import org.readerfirst.ui.panel.CheckChoicesViewModel;
import org.readerfirst.ui.revisions.RevisionsViewModel;

/**
 * The draft in the editor and its way to the store: opening the one the writer picks (after the one
 * left is written), queueing each change for the autosave, showing in the list what was saved; a new
 * draft, a rename, and a deletion that lets the draft go so no autosave writes it back. On the FX thread.
 */
final class OpenDraft {

    private static final System.Logger LOG = System.getLogger(OpenDraft.class.getName());

    private final DraftListViewModel drafts;
    private final EditorViewModel editor;
    private final StoreWriter storeWriter;
    private final Autosaver autosave;
    private final CheckChoicesViewModel choices;
    private final BesideSlot beside;
    private final RevisionsViewModel revisions;
    private final StatusLine status;
    private final Executor fx;
    private Draft lastQueued;
    private long discarding = -1;
    private boolean shutDown;
    private boolean opening;
    /** Counts the drafts asked to open, so a text read for one the writer has since left is dropped. */
    private long openAsked;

    OpenDraft(DraftListViewModel drafts, EditorViewModel editor, StoreWriter storeWriter, Autosaver autosave,
              CheckChoicesViewModel choices, BesideSlot beside, RevisionsViewModel revisions, StatusLine status,
              Executor fx) {
        this.drafts = drafts;
        this.editor = editor;
        this.storeWriter = storeWriter;
        this.autosave = autosave;
        this.choices = choices;
        this.beside = beside;
        this.revisions = revisions;
        this.status = status;
        this.fx = fx;
    }

    /** No autosave of this draft from now on: it is on its way to the trash. */
    void discard(long id) {
        discarding = id;
        autosave.forget(id);
    }

    /** The draft being discarded is gone (or stayed): changes are saved again as usual. */
    void discarded() {
        discarding = -1;
    }

    /** The window is closing: the last change is queued, and nothing opens or queues after it. */
    void shutDown() {
        queueIfChanged();
        shutDown = true;
    }

    boolean isShutDown() {
        return shutDown;
    }

    void open(DraftItem item) {
        // A write that finished as the window closed may still select a draft: there is nothing to open.
        if (shutDown) {
            return;
        }
        Draft leaving = editor.current();
        if (leaving != null && leaving.id() != discarding) {
            queueIfChanged();
            autosave.saveNow();
            drafts.find(leaving.id()).ifPresent(i -> i.show(leaving));
        }
        long ask = ++openAsked;
        if (item == null) {
            choices.draftOpened(-1);
            editor.unload();
            return;
        }
        beside.closeIfShowing(item.id());
        Optional<Draft> handed = drafts.handedText(item.id());
        if (handed.isPresent()) {
            load(handed.get());
            return;
        }
        // The list holds no texts: the draft's is read, after every write of it asked for before.
        long id = item.id();
        storeWriter.submit(s -> s.find(id)).whenCompleteAsync((found, error) -> {
            if (ask != openAsked) {
                return;
            }
            if (error != null) {
                status.storeFailed(error);
            } else if (found.isEmpty()) {
                // Deleted meanwhile from outside this window: its row goes too.
                drafts.remove(item);
            } else {
                load(found.get());
            }
        }, fx);
    }

    private void load(Draft draft) {
        choices.draftOpened(draft.id());
        lastQueued = draft;
        opening = true;
        try {
            editor.load(draft);
        } finally {
            opening = false;
        }
        revisions.draftWritten(draft);
        long id = draft.id();
        storeWriter.submit(s -> {
            s.putSetting(MainViewModel.LAST_DRAFT, Long.toString(id));
            return null;
        }).exceptionally(e -> {
            LOG.log(Level.WARNING, "Could not remember the open draft", e);
            return null;
        });
    }

    void editorChanged() {
        // While a draft opens, its fields change one by one; none of that is an edit to save.
        if (!opening) {
            queueIfChanged();
        }
    }

    void queueIfChanged() {
        Draft now = editor.current();
        if (now == null || shutDown || now.id() == discarding || sameContent(now, lastQueued)) {
            return;
        }
        lastQueued = now;
        autosave.changed(now);
    }

    private static boolean sameContent(Draft a, Draft b) {
        return b != null && a.id() == b.id() && a.title().equals(b.title()) && a.body().equals(b.body())
                && a.type() == b.type() && a.language() == b.language();
    }

    void saved(Draft stored) {
        Draft open = editor.current();
        drafts.find(stored.id()).ifPresent(item -> {
            Draft shown = open != null && open.id() == stored.id() ? open : stored;
            item.show(new Draft(shown.id(), shown.title(), shown.body(), shown.type(), shown.language(),
                    shown.created(), stored.updated()));
        });
        status.saved(stored.updated());
        if (!shutDown) {
            // After shutdown the writer thread is gone; the next opening of the draft keeps it if due.
            revisions.draftWritten(stored);
        }
    }

    /**
     * Before the window closes: writes what is not yet saved, waiting at most {@code timeout}, and
     * says whether some of it could still not be written (a full disk, a read-only folder). On the FX
     * thread; the writer thread never waits for it.
     */
    boolean unsavedAfterSaving(Duration timeout) {
        queueIfChanged();
        if (!autosave.hasPending()) {
            return false;
        }
        try {
            autosave.saveNow().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
        return autosave.hasPending();
    }

    /** Ctrl+S: writes the open draft now rather than after the pause, or says all is saved. */
    void saveNow() {
        queueIfChanged();
        if (autosave.hasPending()) {
            autosave.saveNow();
        } else {
            status.show(Messages.get("status.uptodate"));
        }
    }

    /**
     * Creates an empty draft for the open draft's surface, puts it at the top and opens it; the
     * future completes on the FX thread once it is open.
     */
    CompletableFuture<DraftItem> newDraft() {
        ContentType type = editor.current() == null ? ContentType.POST : editor.current().type();
        String title = Messages.get("drafts.untitled");
        CompletableFuture<DraftItem> opened = new CompletableFuture<>();
        if (shutDown) {
            opened.cancel(false);
            return opened;
        }
        storeWriter.submit(s -> s.create(title, "", type, Language.AUTO)).whenCompleteAsync((created, error) -> {
            if (shutDown) {
                // Made as the window closed: it is in the library, and the list shows it next time.
                opened.cancel(false);
            } else if (error != null) {
                status.storeFailed(error);
                opened.completeExceptionally(error);
            } else {
                DraftItem item = drafts.addFirst(created);
                drafts.select(item, created);
                opened.complete(item);
            }
        }, fx);
        return opened;
    }

    /** Renames the open draft and writes it at once. */
    void rename(String title) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty() || editor.current() == null) {
            return;
        }
        editor.rename(clean);
        drafts.find(editor.current().id()).ifPresent(i -> i.show(editor.current()));
        saveNow();
    }

    /** Moves the open draft to the trash; the one below it opens instead. */
    void delete() {
        DraftItem item = drafts.selected();
        if (item == null) {
            return;
        }
        long id = item.id();
        discard(id);
        int index = drafts.remove(item);
        storeWriter.submit(s -> {
            s.trash(id);
            return null;
        }).whenCompleteAsync((ignored, error) -> {
            if (error != null) {
                // Nothing was deleted: put the row back so the writer can still reach the draft.
                drafts.insert(index, item);
                status.storeFailed(error);
            } else {
                status.show(Messages.get("status.trashed", item.title()));
                if (drafts.items().isEmpty()) {
                    newDraft();
                }
            }
            discarded();
        }, fx);
    }
}
