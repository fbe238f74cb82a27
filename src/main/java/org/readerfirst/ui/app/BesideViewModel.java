package org.readerfirst.ui.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.readerfirst.core.model.Draft;
import org.readerfirst.ui.common.Autosaver;
import org.readerfirst.ui.common.StatusLine;
import org.readerfirst.ui.common.StoreWriter;
import org.readerfirst.ui.editor.EditorViewModel;
import org.readerfirst.ui.library.DraftItem;
import org.readerfirst.ui.library.DraftListViewModel;
import org.readerfirst.ui.panel.CheckChoicesViewModel;
import org.readerfirst.ui.panel.CheckPanelViewModel;

/**
 * A second draft open beside the first, with its own editor, choices and check panel: for an
 * article and the short post that announces it. Its edits are saved like the first editor's and
 * shown in its row of the drafts list.
 */
public final class BesideViewModel {

    private final EditorViewModel editor;
    private final CheckChoicesViewModel choices;
    private final CheckPanelViewModel panel;
    private final StoreWriter storeWriter;
    private final Autosaver autosave;
    private final DraftListViewModel drafts;
    private final Executor fx;
    private final StatusLine status;
    private boolean opening;
    private boolean closed;
    private long draftId = -1;

    BesideViewModel(EditorViewModel editor, CheckChoicesViewModel choices, CheckPanelViewModel panel,
                    StoreWriter storeWriter, Autosaver autosave, DraftListViewModel drafts, Executor fx,
                    StatusLine status) {
        this.editor = editor;
        this.choices = choices;
        this.panel = panel;
        this.storeWriter = storeWriter;
        this.autosave = autosave;
        this.drafts = drafts;
        this.fx = fx;
        this.status = status;
        editor.textProperty().addListener((obs, was, now) -> changed());
    }

    /** Reads the draft's text, which the list does not hold, and shows it here; completes once shown. */
    CompletableFuture<Void> open(DraftItem item) {
        long id = item.id();
        draftId = id;
        choices.draftOpened(id);
        CompletableFuture<Void> shown = new CompletableFuture<>();
        storeWriter.submit(s -> s.find(id)).whenCompleteAsync((found, error) -> {
            if (error != null) {
                status.storeFailed(error);
            } else if (!closed && found.isPresent()) {
                load(found.get());
            }
            shown.complete(null);
        }, fx);
        return shown;
    }

    private void load(Draft draft) {
        opening = true;
        try {
            editor.load(draft);
        } finally {
            opening = false;
        }
    }

    private void changed() {
        Draft now = editor.current();
        if (opening || now == null) {
            return;
        }
        drafts.find(now.id()).ifPresent(i -> i.show(now));
        autosave.changed(now);
    }

    /** Writes the last edits; the pane is about to go. */
    void close() {
        closed = true;
        autosave.saveNow();
        choices.draftOpened(-1);
    }

    /** The draft open here, or being read to open here; -1 for none. */
    public long draftId() {
        return draftId;
    }

    public EditorViewModel editor() {
        return editor;
    }

    public CheckChoicesViewModel choices() {
        return choices;
    }

    public CheckPanelViewModel panel() {
        return panel;
    }
}
