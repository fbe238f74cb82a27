package org.readerfirst.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.System.Logger.Level;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/**
 * What the writer sees of an error nobody foresaw: a plain sentence, and the details to copy for a
 * report. The app goes on; the text in the editor is untouched and autosave carries on.
 */
public final class ErrorDialog {

    private static final System.Logger LOG = System.getLogger(ErrorDialog.class.getName());
    private static volatile boolean showing;

    private ErrorDialog() {
    }

    /** Sends every uncaught error to the log and to the dialog instead of ending a thread in silence. */
    public static void install(java.util.function.Supplier<Window> owner) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.log(Level.ERROR, "Unexpected error in " + thread.getName(), error);
            if (Platform.isFxApplicationThread()) {
                show(owner.get(), error);
            } else {
                Platform.runLater(() -> show(owner.get(), error));
            }
        });
    }

    static String details(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    /** One dialog at a time: a burst of the same error does not bury the window. */
    public static Alert show(Window owner, Throwable error) {
        if (showing) {
            return null;
        }
        showing = true;
        ButtonType copy = new ButtonType(Messages.get("error.copy"), ButtonData.LEFT);
        ButtonType close = new ButtonType(Messages.get("error.close"), ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.ERROR, Messages.get("error.content"), copy, close);
        alert.setTitle(Messages.get("error.title"));
        alert.setHeaderText(Messages.get("error.header", String.valueOf(error.getMessage() == null
                ? error.getClass().getSimpleName() : error.getMessage())));
        alert.getDialogPane().setId("error-dialog");
        alert.getDialogPane().getStylesheets().addAll(Appearance.stylesheets());
        if (owner != null) {
            alert.initOwner(owner);
        }
        // Copying leaves the dialog open, so the writer can paste and still read it.
        alert.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details(error));
            Clipboard.getSystemClipboard().setContent(content);
            e.consume();
        });
        alert.setOnHidden(e -> showing = false);
        Accessible.nameButtons(alert);
        alert.show();
        return alert;
    }
}
