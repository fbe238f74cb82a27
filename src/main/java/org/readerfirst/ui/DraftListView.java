package org.readerfirst.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.readerfirst.core.model.Draft;

/** The drafts on the left: one row per draft with its title, first line and when it was saved. */
final class DraftListView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final ListView<DraftItem> list;
    private final VBox root;

    DraftListView(DraftListViewModel vm, Runnable onNew, Runnable onRename, Runnable onDelete) {
        list = new ListView<>(vm.items());
        list.setId("drafts");
        list.getStyleClass().add("drafts-list");
        list.setPlaceholder(new Label(Messages.get("drafts.empty")));
        list.setCellFactory(v -> new DraftCell(onRename, onDelete));
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && now != vm.selected()) {
                vm.select(now);
            }
        });
        vm.selectedProperty().addListener((obs, was, now) -> showSelected(now));
        showSelected(vm.selected());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && vm.selected() != null) {
                onDelete.run();
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Label header = new Label(Messages.get("drafts.header"));
        header.getStyleClass().add("pane-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = button("drafts.new", Icons.PLUS, onNew);
        add.setId("new-draft");
        add.getStyleClass().add("accent");
        HBox top = new HBox(header, spacer, add);
        top.getStyleClass().add("pane-header");

        Button rename = button("drafts.rename", Icons.PENCIL, onRename);
        rename.setId("rename-draft");
        Button delete = button("drafts.delete", Icons.TRASH, onDelete);
        delete.setId("delete-draft");
        delete.getStyleClass().add("danger");
        rename.disableProperty().bind(vm.selectedProperty().isNull());
        delete.disableProperty().bind(vm.selectedProperty().isNull());
        for (Button b : new Button[] {rename, delete}) {
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        HBox bottom = new HBox(rename, delete);
        bottom.getStyleClass().add("pane-footer");

        root = new VBox(top, list, bottom);
        root.getStyleClass().addAll("side-pane", "drafts-pane");
        root.setMinWidth(226);
    }

    private void showSelected(DraftItem item) {
        if (item == null) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedItem() != item) {
            list.getSelectionModel().select(item);
            list.scrollTo(item);
        }
    }

    private static Button button(String key, String icon, Runnable action) {
        Button b = new Button(Messages.get(key), Icons.of(icon));
        b.setTooltip(new Tooltip(Messages.get(key + ".tooltip")));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A row: title, the first line of the text, and the surface with the time of the last save. */
    private static final class DraftCell extends ListCell<DraftItem> {

        private final Label title = new Label();
        private final Label preview = new Label();
        private final Label meta = new Label();
        private final VBox box = new VBox(title, preview, meta);
        private final InvalidationListener redraw = obs -> show(getItem() == null ? null : getItem().draft());

        DraftCell(Runnable onRename, Runnable onDelete) {
            title.getStyleClass().add("draft-title");
            preview.getStyleClass().add("draft-preview");
            meta.getStyleClass().add("draft-meta");
            box.getStyleClass().add("draft-cell");
            box.setMinWidth(0);
            box.setPrefWidth(1);
            MenuItem rename = new MenuItem(Messages.get("drafts.rename"));
            rename.setOnAction(e -> onRename.run());
            MenuItem delete = new MenuItem(Messages.get("drafts.delete"));
            delete.setOnAction(e -> onDelete.run());
            setContextMenu(new ContextMenu(rename, delete));
            itemProperty().addListener((obs, was, now) -> {
                if (was != null) {
                    was.draftProperty().removeListener(redraw);
                }
                if (now != null) {
                    now.draftProperty().addListener(redraw);
                }
            });
        }

        @Override
        protected void updateItem(DraftItem item, boolean empty) {
            super.updateItem(item, empty);
            show(empty || item == null ? null : item.draft());
        }

        private void show(Draft d) {
            if (d == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            title.setText(d.title());
            String first = d.body().strip().lines().findFirst().orElse("");
            preview.setText(first);
            preview.setVisible(!first.isEmpty());
            preview.setManaged(!first.isEmpty());
            meta.setText(Messages.get("drafts.item.detail", Messages.of("type", d.type().id()), when(d)));
            setText(null);
            setGraphic(box);
            setAccessibleText(d.title() + ", " + meta.getText());
        }

        private static String when(Draft d) {
            ZonedDateTime at = d.updated().atZone(ZoneId.systemDefault());
            return at.toLocalDate().equals(LocalDate.now()) ? TIME.format(at) : DAY.format(at);
        }
    }

    Node root() {
        return root;
    }

    ListView<DraftItem> list() {
        return list;
    }
}
