package org.readerfirst.ui.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.readerfirst.ui.common.Accessible;
import org.readerfirst.ui.common.Appearance;
import org.readerfirst.ui.common.Messages;

/**
 * The short tour of a first start: where things are, and that the sample drafts can go with one click.
 * It does not block the window: the writer can start typing with it open.
 */
final class Welcome {

    private Welcome() {
    }

    static Alert show(Window owner, Runnable removeSamples) {
        ButtonType gotIt = new ButtonType(Messages.get("welcome.ok"), ButtonData.OK_DONE);
        ButtonType remove = new ButtonType(Messages.get("welcome.remove"), ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, Messages.get("welcome.content"), gotIt, remove);
        alert.setTitle(Messages.get("welcome.title"));
        alert.setHeaderText(Messages.get("welcome.header"));
        alert.initModality(Modality.NONE);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.getDialogPane().getStylesheets().addAll(Appearance.stylesheets());
        alert.getDialogPane().setId("welcome");
        alert.resultProperty().addListener((obs, was, now) -> {
            if (now == remove) {
                removeSamples.run();
            }
        });
        Accessible.nameButtons(alert);
        alert.show();
        return alert;
    }
}
