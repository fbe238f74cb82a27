package org.readerfirst.ui.common;

import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.readerfirst.store.StoreException;

/** The window's few dialogs, styled like the window itself. */
public final class Dialogs {

    private Dialogs() {
    }

    /** Asks for a draft's new name; empty when cancelled. OK stays disabled while the name is blank. */
    public static Optional<String> askTitle(Window owner, String current) {
        TextInputDialog dialog = new TextInputDialog(current);
        prepare(dialog, owner, Messages.get("rename.title"), Messages.get("rename.header"));
        dialog.setGraphic(null);
        dialog.setContentText(Messages.get("rename.label"));
        dialog.getDialogPane().setId("rename-dialog");
        Accessible.named(dialog.getEditor(), "rename.label");
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(dialog.getEditor().textProperty().map(String::isBlank).orElse(true));
        dialog.getEditor().selectAll();
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Asks before a draft is deleted; "Keep it" is the default, so a stray Enter deletes nothing. */
    public static boolean confirmDelete(Window owner, String title) {
        return confirm(owner, "delete", title);
    }

    /**
     * Asks before something is deleted, with the texts under {@code key}: .title, .header (with the
     * name), .content, .confirm and .cancel. Cancelling is the default.
     */
    public static boolean confirm(Window owner, String key, String name) {
        ButtonType delete = new ButtonType(Messages.get(key + ".confirm"), ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Messages.get(key + ".cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get(key + ".content"), delete, keep);
        prepare(alert, owner, Messages.get(key + ".title"), Messages.get(key + ".header", name));
        alert.getDialogPane().setId("confirm-" + key.replace('.', '-'));
        alert.setGraphic(null);
        alert.getDialogPane().lookupButton(delete).getStyleClass().add("danger");
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(delete)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().filter(delete::equals).isPresent();
    }

    /** Says why the drafts database cannot be used, naming the file, and waits until it is read. */
    public static void cannotOpen(StoreException e) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        prepare(alert, null, Messages.get("startup.title"), Messages.get("startup.header"));
        String advice = Messages.get("startup.advice." + e.kind().name().toLowerCase(Locale.ROOT));
        Label text = new Label(Messages.get("startup.content", e.getMessage(), e.file().toAbsolutePath(), advice));
        text.setWrapText(true);
        text.setPrefWidth(480);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("startup-error");
        alert.getButtonTypes().setAll(new ButtonType(Messages.get("startup.close"), ButtonData.OK_DONE));
        alert.showAndWait();
    }

    public static void prepare(Dialog<?> dialog, Window owner, String title, String header) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().getStylesheets().addAll(Appearance.stylesheets());
        dialog.getDialogPane().getStyleClass().add("readerfirst-dialog");
        Accessible.nameButtons(dialog);
    }
}
