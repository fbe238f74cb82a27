package org.readerfirst.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.readerfirst.core.model.Draft;

/**
 * A row of the drafts list. It stays the same object while its draft is saved and renamed, so the
 * list's selection and scroll position survive every autosave.
 */
public final class DraftItem {

    private final long id;
    private final ObjectProperty<Draft> draft;

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

    @Override
    public String toString() {
        return draft.get().title();
    }
}
