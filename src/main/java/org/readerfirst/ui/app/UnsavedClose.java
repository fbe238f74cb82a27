package org.readerfirst.ui.app;

import java.time.Duration;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.readerfirst.core.model.Draft;
import org.readerfirst.ui.common.Accessible;
import org.readerfirst.ui.common.Appearance;
import org.readerfirst.ui.common.Messages;

/**
 * Closing the window never loses text silently: what is not yet saved is written first, and if that
 * fails (a full disk, a read-only folder) the writer is asked whether to keep the window open, copy
 * the text and close, or close without it.
 */
final class UnsavedClose {

    /** How long closing waits for the last save before asking. */
    static final Duration WAIT = Duration.ofSeconds(3);

    private UnsavedClose() {
    }

    /** Guards the stage's close requests (the window's close button and File › Quit); then {@code close}. */
    static void install(Stage stage, MainViewModel vm, Runnable close) {
        stage.setOnCloseRequest(e -> {
            if (vm.unsavedAfterSaving(WAIT)) {
                ButtonType keep = new ButtonType(Messages.get("unsaved.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
                ButtonType copy = new ButtonType(Messages.get("unsaved.copy"), ButtonBar.ButtonData.OK_DONE);
                ButtonType discard = new ButtonType(Messages.get("unsaved.discard"), ButtonBar.ButtonData.OTHER);
                Draft open = vm.models().editor().current();
                Alert alert = new Alert(Alert.AlertType.WARNING,
                        Messages.get("unsaved.text", open == null ? "" : open.title()), keep, copy, discard);
                alert.initOwner(stage);
                alert.setTitle(Messages.get("unsaved.title"));
                alert.setHeaderText(Messages.get("unsaved.header"));
                alert.getDialogPane().setId("unsaved-close");
                alert.getDialogPane().getStylesheets().addAll(Appearance.stylesheets());
                alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
                Accessible.nameButtons(alert);
                Optional<ButtonType> answer = alert.showAndWait();
                if (answer.isEmpty() || answer.get() == keep) {
                    e.consume();
                    return;
                }
                if (answer.get() == copy) {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(vm.models().editor().textProperty().get());
                    Clipboard.getSystemClipboard().setContent(content);
                }
            }
            close.run();
        });
    }
}
