package org.readerfirst.ui.library;

import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.readerfirst.ui.common.Accessible;
import org.readerfirst.ui.common.Icons;
import org.readerfirst.ui.common.Messages;

/** The drafts on the left: one row per draft with its title, first line and when it was saved. */
public final class DraftListView {

    private static final KeyCombination SHIFT_F10 = new KeyCodeCombination(KeyCode.F10, KeyCombination.SHIFT_DOWN);

    private final ListView<DraftItem> list;
    private final VBox root;
    private boolean replacing;

    public DraftListView(DraftListViewModel vm, DraftFilterBar filters, Runnable onNew, DraftCell.Actions actions) {
        Runnable onRename = actions.rename();
        Runnable onDelete = actions.delete();
        // A search replaces the rows. The list's own selection may move meanwhile; that is not the
        // writer choosing a draft, so it is ignored, and the open draft is selected again if listed.
        vm.items().addListener((ListChangeListener<DraftItem>) c -> replacing = true);
        list = new ListView<>(vm.items());
        list.setId("drafts");
        list.getStyleClass().add("drafts-list");
        list.setPlaceholder(new Label(Messages.get("drafts.empty")));
        list.setCellFactory(v -> new DraftCell(actions));
        Accessible.named(list, "drafts.accessible").setAccessibleHelp(Messages.get("drafts.accessible.help"));
        list.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger() && showRowMenu()) {
                e.consume();
            }
        });
        vm.items().addListener((ListChangeListener<DraftItem>) c -> {
            replacing = false;
            showSelected(vm.selected());
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (!replacing && now != null && now != vm.selected()) {
                vm.select(now);
            }
        });
        vm.selectedProperty().addListener((obs, was, now) -> showSelected(now));
        showSelected(vm.selected());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && vm.selected() != null) {
                onDelete.run();
                e.consume();
            } else if (SHIFT_F10.match(e) && showRowMenu()) {
                e.consume();
            }
        });
        // The list's own keys take F2 (to edit a row in place) before the menu's shortcut sees it.
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F2 && !e.isShortcutDown() && !e.isShiftDown() && vm.selected() != null) {
                onRename.run();
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

        root = new VBox(top, filters.root(), list, bottom);
        root.getStyleClass().addAll("side-pane", "drafts-pane");
        root.setMinWidth(226);
    }

    private void showSelected(DraftItem item) {
        if (item == null || !list.getItems().contains(item)) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedItem() != item) {
            list.getSelectionModel().select(item);
            list.scrollTo(item);
        }
    }

    private static Button button(String key, String icon, Runnable action) {
        Button b = new Button(Messages.get(key), Icons.of(icon));
        b.setTooltip(new Tooltip(Messages.get(key + ".tooltip")));
        b.setAccessibleText(Messages.get(key + ".accessible"));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The chosen row's own menu (status, tags, open beside…) from the keyboard: the menu key or Shift+F10. */
    private boolean showRowMenu() {
        DraftItem chosen = list.getSelectionModel().getSelectedItem();
        for (Node n : list.lookupAll(".list-cell")) {
            if (n instanceof DraftCell cell && chosen != null && cell.getItem() == chosen && cell.getContextMenu() != null) {
                Bounds at = cell.localToScreen(cell.getBoundsInLocal());
                cell.getContextMenu().show(cell, at.getMinX() + 16, at.getMaxY());
                return true;
            }
        }
        return false;
    }

    public Node root() {
        return root;
    }

    ListView<DraftItem> list() {
        return list;
    }
}
