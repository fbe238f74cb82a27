package org.readerfirst.ui.library;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.readerfirst.core.model.Draft;
import org.readerfirst.ui.common.Accessible;
import org.readerfirst.ui.common.Appearance;
import org.readerfirst.ui.common.Dialogs;
import org.readerfirst.ui.common.Icons;
import org.readerfirst.ui.common.Messages;

/** Trash...: the drafts deleted, to restore one or to delete them all for good (after asking). */
public final class TrashDialog {

    private final Dialog<Void> dialog = new Dialog<>();

    public TrashDialog(Window owner, TrashViewModel vm) {
        ListView<Draft> list = new ListView<>(vm.drafts());
        list.setId("trash-list");
        list.setPrefSize(420, 260);
        list.setPlaceholder(new Label(Messages.get("trash.empty")));
        Accessible.named(list, "trash.list.accessible");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Draft d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null
                        : Messages.get("drafts.item.detail", d.title(), Messages.of("type", d.type().id())));
            }
        });
        Button restore = new Button(Messages.get("trash.restore"));
        restore.setId("trash-restore");
        restore.getStyleClass().add("accent");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> vm.restore(list.getSelectionModel().getSelectedItem()));
        Accessible.named(restore, "trash.restore.accessible");
        Button empty = new Button(Messages.get("trash.emptyall"), Icons.of(Icons.TRASH));
        empty.setId("trash-empty");
        Accessible.named(empty, "trash.emptyall.accessible");
        empty.getStyleClass().add("danger");
        empty.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.drafts()));
        empty.setOnAction(e -> {
            if (Dialogs.confirm(dialog.getDialogPane().getScene().getWindow(), "trash.confirm",
                    Integer.toString(vm.drafts().size()))) {
                vm.empty();
            }
        });
        VBox content = new VBox(10, list, new HBox(8, restore, empty));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Messages.get("trash.title"));
        dialog.setHeaderText(Messages.get("trash.header"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("trash-dialog");
        dialog.getDialogPane().getStylesheets().addAll(Appearance.stylesheets());
        dialog.getDialogPane().getStyleClass().add("readerfirst-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(Messages.get("trash.close"), ButtonData.CANCEL_CLOSE));
        Accessible.nameButtons(dialog);
        vm.load();
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
