package org.readerfirst.ui.revisions;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.readerfirst.store.RevisionSummary;
import org.readerfirst.ui.common.Accessible;
import org.readerfirst.ui.common.Appearance;
import org.readerfirst.ui.common.Dates;
import org.readerfirst.ui.common.Messages;

/**
 * Revisions...: the open draft's revisions, newest first, with when, how long and why each was kept.
 * Compare opens two of them, or one and the text now, side by side; Restore puts one into the editor
 * and closes the list, so the writer sees it there and can undo it.
 */
public final class RevisionsDialog {

    private final RevisionsViewModel vm;
    private final Dialog<Void> dialog = new Dialog<>();
    private final TableView<RevisionSummary> table;

    public RevisionsDialog(Window owner, RevisionsViewModel vm, String draftTitle) {
        this.vm = vm;
        table = new TableView<>(vm.revisions());
        table.setId("revision-list");
        table.getStyleClass().add("revision-list");
        table.setPlaceholder(wrapped(Messages.get("revisions.empty")));
        Accessible.named(table, "revisions.list.accessible");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(560, 320);
        table.getColumns().setAll(List.of(
                column("revisions.column.time", r -> Messages.get("revisions.time", Dates.dateTimeSeconds(r.created(), ZoneId.systemDefault())), 190),
                column("revisions.column.size", r -> Messages.get("revisions.size", r.size()), 130),
                column("revisions.column.reason", r -> Messages.of("revisions.reason", r.reason().id()), 160)));

        var selected = table.getSelectionModel().getSelectedItems();
        Button compare = button("revisions.compare", "revision-compare", this::compare);
        compare.setTooltip(new Tooltip(Messages.get("revisions.compare.tooltip")));
        compare.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.isEmpty() || selected.size() > 2, selected));
        Button restore = button("revisions.restore", "revision-restore", this::restore);
        restore.setTooltip(new Tooltip(Messages.get("revisions.restore.tooltip")));
        restore.disableProperty().bind(Bindings.size(selected).isNotEqualTo(1));
        Button keep = button("revisions.keep", "revision-keep", vm::keepNow);

        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Messages.get("revisions.title"));
        dialog.setHeaderText(Messages.get("revisions.header", draftTitle));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("revisions-dialog");
        dialog.getDialogPane().getStylesheets().addAll(Appearance.stylesheets());
        dialog.getDialogPane().getStyleClass().add("readerfirst-dialog");
        dialog.getDialogPane().setContent(new VBox(10, table, new HBox(8, compare, restore, keep)));
        dialog.getDialogPane().setPrefWidth(640);
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(Messages.get("revisions.close"), ButtonData.CANCEL_CLOSE));
        Accessible.nameButtons(dialog);
        dialog.setOnShown(e -> table.requestFocus());
        vm.refresh().thenRun(() -> table.getSelectionModel().selectFirst());
    }

    private static TableColumn<RevisionSummary, String> column(String key, Function<RevisionSummary, String> text,
                                                               double width) {
        TableColumn<RevisionSummary, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private static Button button(String key, String id, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setMnemonicParsing(true);
        button.setId(id);
        button.setAccessibleText(Messages.get(key + ".accessible"));
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(420);
        return label;
    }

    private void compare() {
        vm.compare(List.copyOf(table.getSelectionModel().getSelectedItems())).thenAccept(comparison -> {
            new CompareWindow(dialog.getDialogPane().getScene().getWindow(), comparison).show();
        });
    }

    private void restore() {
        RevisionSummary chosen = table.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            vm.restore(chosen);
            dialog.close();
        }
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
