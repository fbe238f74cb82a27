package org.readerfirst.ui;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.readerfirst.core.model.Draft;
import org.readerfirst.store.DraftStatus;

/**
 * A row of the drafts list. It stays the same object while its draft is saved and renamed, so the
 * list's selection and scroll position survive every autosave.
 */
public final class DraftItem {

    private final long id;
    private final ObjectProperty<Draft> draft;
    private final ObjectProperty<DraftStatus> status = new SimpleObjectProperty<>(DraftStatus.DRAFT);
    private final ObjectProperty<List<String>> tags = new SimpleObjectProperty<>(List.of());
    /** The words of the search that listed this row, lower case; empty without a search. */
    private final ObjectProperty<List<String>> searchWords = new SimpleObjectProperty<>(List.of());

    DraftItem(Draft draft) {
        this.id = draft.id();
        this.draft = new SimpleObjectProperty<>(draft);
    }

    public long id() {
        return id;
    }

    public Draft draft() {
        return draft.get();
    }

    void setDraft(Draft d) {
        if (d.id() != id) {
            throw new IllegalArgumentException("draft " + d.id() + " is not item " + id);
        }
        draft.set(d);
    }

    public ObjectProperty<Draft> draftProperty() {
        return draft;
    }

    public ObjectProperty<DraftStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<List<String>> tagsProperty() {
        return tags;
    }

    public ObjectProperty<List<String>> searchWordsProperty() {
        return searchWords;
    }

    @Override
    public String toString() {
        return draft.get().title();
    }
}
