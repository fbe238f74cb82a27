package org.readerfirst.ui;

import org.readerfirst.core.model.Draft;

/**
 * A second draft open beside the first, with its own editor, choices and check panel: for an
 * article and the short post that announces it. Its edits are saved like the first editor's and
 * shown in its row of the drafts list.
 */
public final class BesideViewModel {

    private final EditorViewModel editor;
    private final CheckChoicesViewModel choices;
    private final CheckPanelViewModel panel;
    private final Autosaver saver;
    private final DraftListViewModel drafts;
    private boolean opening;

    BesideViewModel(EditorViewModel editor, CheckChoicesViewModel choices, CheckPanelViewModel panel, Autosaver saver,
                    DraftListViewModel drafts) {
        this.editor = editor;
        this.choices = choices;
        this.panel = panel;
        this.saver = saver;
        this.drafts = drafts;
        editor.textProperty().addListener((obs, was, now) -> changed());
    }

    void open(DraftItem item) {
        choices.draftOpened(item.id());
        opening = true;
        try {
            editor.load(item.draft());
        } finally {
            opening = false;
        }
    }

    private void changed() {
        Draft now = editor.current();
        if (opening || now == null) {
            return;
        }
        drafts.find(now.id()).ifPresent(i -> i.setDraft(now));
        saver.changed(now);
    }

    /** Writes the last edits; the pane is about to go. */
    void close() {
        saver.saveNow();
        choices.draftOpened(-1);
    }

    /** The draft open here; -1 for none. */
    public long draftId() {
        Draft d = editor.current();
        return d == null ? -1 : d.id();
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
