package org.readerfirst.ui.library;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.readerfirst.core.model.Draft;
import org.readerfirst.store.DraftStatus;

/**
 * A row of the drafts list. It stays the same object while its draft is saved and renamed, so the
 * list's selection and scroll position survive every autosave. It holds what the row shows, not the
 * draft's text: the text is read when the draft opens.
 */
public final class DraftItem {

    private final long id;
    private final ObjectProperty<DraftRow> row;
    private final ObjectProperty<DraftStatus> status = new SimpleObjectProperty<>(DraftStatus.DRAFT);
    private final ObjectProperty<List<String>> tags = new SimpleObjectProperty<>(List.of());
    /** The words of the search that listed this row, lower case; empty without a search. */
    private final ObjectProperty<List<String>> searchWords = new SimpleObjectProperty<>(List.of());

    DraftItem(DraftRow row) {
        this.id = row.id();
        this.row = new SimpleObjectProperty<>(row);
    }

    public long id() {
        return id;
    }

    public DraftRow row() {
        return row.get();
    }

    public String title() {
        return row.get().title();
    }

    void setRow(DraftRow r) {
        if (r.id() != id) {
            throw new IllegalArgumentException("draft " + r.id() + " is not item " + id);
        }
        row.set(r);
    }

    /** Shows the draft as an editor has it, cut around this row's search words. */
    public void show(Draft draft) {
        setRow(DraftRow.of(draft, searchWords.get()));
    }

    public ObjectProperty<DraftRow> rowProperty() {
        return row;
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
        return title();
    }
}
