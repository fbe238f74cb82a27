package org.readerfirst.ui.library;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.readerfirst.core.model.Draft;
import org.readerfirst.store.ListedDraft;

/**
 * The drafts list: its rows, most recently updated first as the store gave them, and which one is
 * open. The rows hold no draft's text; opening one reads it. Rows are not reordered while the writer works, so the open draft does not jump around.
 */
public final class DraftListViewModel {

    private final ObservableList<DraftItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<DraftItem> selected = new SimpleObjectProperty<>();
    /** Every row made so far by id, so a draft keeps its row object when a search lists it again. */
    private final Map<Long, DraftItem> known = new HashMap<>();
    private Draft handed;

    /**
     * Shows what a search or filter found, in the given order. The open draft keeps its row as the
     * editor has it, even when the search leaves it out.
     */
    void show(List<ListedDraft> found, List<String> searchWords) {
        items.setAll(found.stream().map(d -> {
            DraftRow row = DraftRow.of(d);
            DraftItem item = known.computeIfAbsent(row.id(), id -> new DraftItem(row));
            if (item != selected.get()) {
                item.setRow(row);
            }
            item.statusProperty().set(d.summary().status());
            item.tagsProperty().set(d.summary().tags());
            item.searchWordsProperty().set(List.copyOf(searchWords));
            return item;
        }).toList());
    }

    /** Adds a new draft at the top. */
    public DraftItem addFirst(Draft draft) {
        DraftItem item = known.computeIfAbsent(draft.id(), id -> new DraftItem(DraftRow.of(draft, List.of())));
        item.show(draft);
        items.add(0, item);
        return item;
    }

    /** Puts a row back where it was, after a delete that failed. */
    public void insert(int index, DraftItem item) {
        items.add(Math.max(0, Math.min(index, items.size())), item);
    }

    public Optional<DraftItem> find(long id) {
        return items.stream().filter(i -> i.id() == id).findFirst();
    }

    /** Removes a row; if it was open, its neighbour below (or above, at the end) opens instead. */
    public int remove(DraftItem item) {
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

    /** Selects a row whose draft's text is at hand, a new draft's or a copy's, so opening it reads nothing. */
    public void select(DraftItem item, Draft text) {
        handed = text;
        try {
            selected.set(item);
        } finally {
            handed = null;
        }
    }

    /** The text handed with the selection of this draft, while it is being selected. */
    public Optional<Draft> handedText(long id) {
        return handed != null && handed.id() == id ? Optional.of(handed) : Optional.empty();
    }
}
