package org.readerfirst.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.readerfirst.core.model.Draft;

/**
 * The drafts list: its rows, most recently updated first as the store gave them, and which one is
 * open. Rows are not reordered while the writer works, so the open draft does not jump around.
 */
public final class DraftListViewModel {

    private final ObservableList<DraftItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<DraftItem> selected = new SimpleObjectProperty<>();

    void setAll(List<Draft> drafts) {
        items.setAll(drafts.stream().map(DraftItem::new).toList());
    }

    /** Adds a new draft at the top. */
    DraftItem addFirst(Draft draft) {
        DraftItem item = new DraftItem(draft);
        items.add(0, item);
        return item;
    }

    /** Puts a row back where it was, after a delete that failed. */
    void insert(int index, DraftItem item) {
        items.add(Math.max(0, Math.min(index, items.size())), item);
    }

    Optional<DraftItem> find(long id) {
        return items.stream().filter(i -> i.id() == id).findFirst();
    }

    /** Removes a row; if it was open, its neighbour below (or above, at the end) opens instead. */
    int remove(DraftItem item) {
        int index = items.indexOf(item);
        if (index < 0) {
            return -1;
        }
        boolean wasSelected = item == selected.get();
        items.remove(index);
        if (wasSelected) {
            selected.set(items.isEmpty() ? null : items.get(Math.min(index, items.size() - 1)));
        }
        return index;
    }

    public ObservableList<DraftItem> items() {
        return items;
    }

    public ObjectProperty<DraftItem> selectedProperty() {
        return selected;
    }

    public DraftItem selected() {
        return selected.get();
    }

    public void select(DraftItem item) {
        selected.set(item);
    }
}
