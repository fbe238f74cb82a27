package org.readerfirst.ui.app;

import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.readerfirst.core.model.Language;
import org.readerfirst.ui.common.Autosaver;
import org.readerfirst.ui.common.StatusLine;
import org.readerfirst.ui.common.StoreWriter;
import org.readerfirst.ui.editor.EditorViewModel;
import org.readerfirst.ui.editor.GrammarChecker;
import org.readerfirst.ui.library.DraftItem;
import org.readerfirst.ui.library.DraftListViewModel;
import org.readerfirst.ui.panel.CheckChoicesViewModel;
import org.readerfirst.ui.panel.CheckPanelViewModel;
import org.readerfirst.ui.panel.GrammarChoicesViewModel;

/**
 * Where a second draft opens beside the first: at most one at a time. Opening another replaces it;
 * closing it leaves the window with one editor again.
 */
final class BesideSlot {

    private final EditorViewModel main;
    private final Executor checkExecutor;
    private final GrammarChecker grammar;
    private final Executor fx;
    private final CheckChoicesViewModel choices;
    private final GrammarChoicesViewModel grammarChoices;
    private final StoreWriter storeWriter;
    private final Autosaver autosave;
    private final DraftListViewModel drafts;
    private final StatusLine status;
    private final ReadOnlyObjectWrapper<BesideViewModel> open = new ReadOnlyObjectWrapper<>();

    BesideSlot(EditorViewModel main, Executor checkExecutor, GrammarChecker grammar, Executor fx,
               CheckChoicesViewModel choices, GrammarChoicesViewModel grammarChoices, StoreWriter storeWriter,
               Autosaver autosave, DraftListViewModel drafts, StatusLine status) {
        this.main = main;
        this.checkExecutor = checkExecutor;
        this.grammar = grammar;
        this.fx = fx;
        this.choices = choices;
        this.grammarChoices = grammarChoices;
        this.storeWriter = storeWriter;
        this.autosave = autosave;
        this.drafts = drafts;
        this.status = status;
    }

    /** Opens the draft beside the one in the main editor; the main editor's own draft stays where it is. */
    void open(DraftItem item) {
        if (item == null || main.current() != null && main.current().id() == item.id()) {
            return;
        }
        if (open.get() != null && open.get().draftId() == item.id()) {
            return;
        }
        close();
        EditorViewModel editor = new EditorViewModel(main.live().engine(), checkExecutor, grammar, fx, Language.ENGLISH);
        CheckChoicesViewModel besideChoices = choices.beside(editor);
        grammarChoices.alsoFor(editor);
        BesideViewModel beside = new BesideViewModel(editor, besideChoices,
                new CheckPanelViewModel(editor, besideChoices, grammarChoices), storeWriter, autosave, drafts, fx,
                status);
        // The view is built first, so it is there to take the draft's text when it loads.
        open.set(beside);
        beside.open(item);
    }

    void close() {
        BesideViewModel beside = open.get();
        if (beside != null) {
            beside.close();
            grammarChoices.noLongerFor(beside.editor());
            open.set(null);
        }
    }

    /** Closes the pane if it has this draft, which is about to open in the main editor. */
    void closeIfShowing(long draftId) {
        if (open.get() != null && open.get().draftId() == draftId) {
            close();
        }
    }

    ReadOnlyObjectProperty<BesideViewModel> openProperty() {
        return open.getReadOnlyProperty();
    }
}
