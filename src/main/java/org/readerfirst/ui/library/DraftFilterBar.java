package org.readerfirst.ui.library;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.reactfx.EventStreams;
import org.reactfx.Subscription;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.store.DraftStatus;
import org.readerfirst.ui.common.Accessible;
import org.readerfirst.ui.common.Messages;

/**
 * Above the drafts list: a search box that searches as the writer types (after a short pause), and
 * filters by status, surface and tag with the order of the list.
 */
public final class DraftFilterBar {

    static final Duration SEARCH_PAUSE = Duration.ofMillis(250);

    private final VBox root;
    private final Subscription typing;
    private final TextField search;

    /** Puts the caret in the search box, its words selected to type over. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public DraftFilterBar(DraftLibraryViewModel vm) {
        search = new TextField();
        search.setId("draft-search");
        search.setPromptText(Messages.get("drafts.search.prompt"));
        search.setTooltip(new Tooltip(Messages.get("drafts.search.tooltip")));
        search.getStyleClass().add("draft-search");
        Accessible.named(search, "drafts.search.accessible");
        typing = EventStreams.valuesOf(search.textProperty()).successionEnds(SEARCH_PAUSE)
                .subscribe(text -> vm.searchProperty().set(text));

        ComboBox<DraftStatus> status = choice("draft-filter-status", List.of(DraftStatus.values()),
                vm.statusFilterProperty(), "drafts.filter.status.all", s -> Messages.get("draftstatus." + s.id()));
        ComboBox<ContentType> type = choice("draft-filter-type", List.of(ContentType.values()),
                vm.typeFilterProperty(), "drafts.filter.type.all", t -> Messages.of("type", t.id()));
        ComboBox<String> tag = choice("draft-filter-tag", vm.tags(), vm.tagFilterProperty(), "drafts.filter.tag.all",
                t -> t);
        vm.tags().addListener((ListChangeListener<String>) c -> {
            String chosen = vm.tagFilterProperty().get();
            List<String> all = new ArrayList<>();
            all.add(null);
            all.addAll(vm.tags());
            tag.getItems().setAll(all);
            tag.setValue(chosen);
        });
        ComboBox<DraftLibraryViewModel.Sort> sort = choice("draft-sort", List.of(DraftLibraryViewModel.Sort.values()),
                null, null, s -> Messages.get("drafts.sort." + s.name().toLowerCase(java.util.Locale.ROOT)));
        sort.getItems().remove(null);
        sort.setValue(vm.sortProperty().get());
        sort.valueProperty().addListener((obs, was, now) -> {
            if (now != null) {
                vm.sortProperty().set(now);
            }
        });

        Accessible.named(status, "drafts.filter.status.accessible");
        Accessible.named(type, "drafts.filter.type.accessible");
        Accessible.named(tag, "drafts.filter.tag.accessible");
        Accessible.named(sort, "drafts.sorting.accessible");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("draft-filters");
        grid.add(status, 0, 0);
        grid.add(type, 1, 0);
        grid.add(tag, 0, 1);
        grid.add(sort, 1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(half);
        }
        root = new VBox(search, grid);
        root.getStyleClass().add("draft-filter-bar");
    }

    /**
     * A drop-down of {@code values} with a first entry, shown with {@code allKey}, for "any"; the
     * chosen value goes to {@code target} (null for any).
     */
    private static <T> ComboBox<T> choice(String id, List<T> values, ObjectProperty<T> target, String allKey,
                                          Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        List<T> all = new ArrayList<>();
        all.add(null);
        all.addAll(values);
        box.getItems().setAll(all);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? (allKey == null ? "" : Messages.get(allKey)) : name.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        // A null value is the "any" entry: the cells name it rather than showing nothing.
        box.setButtonCell(cell(box));
        box.setCellFactory(list -> cell(box));
        if (target != null) {
            box.setValue(target.get());
            box.valueProperty().addListener((obs, was, now) -> target.set(now));
            target.addListener((obs, was, now) -> box.setValue(now));
        }
        return box;
    }

    private static <T> ListCell<T> cell(ComboBox<T> box) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(box.getConverter().toString(item));
            }
        };
    }

    Node root() {
        return root;
    }

    public void dispose() {
        typing.unsubscribe();
    }
}
