package org.readerfirst.ui.common;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;

/**
 * Names for a screen reader: what a control is called when its visible text or icon alone would not
 * say what it does, read from the window's language.
 */
public final class Accessible {

    /** JavaFX's own dialog buttons, named and worded in the window's language rather than JavaFX's. */
    private static final Map<ButtonType, String> STANDARD = Map.of(ButtonType.OK, "accessible.button.ok",
            ButtonType.CANCEL, "accessible.button.cancel", ButtonType.CLOSE, "accessible.button.close",
            ButtonType.YES, "accessible.button.yes", ButtonType.NO, "accessible.button.no",
            ButtonType.APPLY, "accessible.button.apply");

    private Accessible() {
    }

    /** Names the node from the bundle, and gives it back. */
    public static <T extends Node> T named(T node, String key, Object... args) {
        node.setAccessibleText(Messages.get(key, args));
        return node;
    }

    /** Names a dialog's buttons by what they say when it shows, whatever button types it was given by then. */
    public static void nameButtons(Dialog<?> dialog) {
        dialog.showingProperty().addListener((obs, was, now) -> {
            if (now) {
                nameButtons(dialog.getDialogPane());
            }
        });
    }

    private static void nameButtons(DialogPane pane) {
        for (ButtonType type : pane.getButtonTypes()) {
            Node button = pane.lookupButton(type);
            if (button != null) {
                String key = STANDARD.get(type);
                button.setAccessibleText(key == null ? type.getText() : Messages.get(key));
                // JavaFX words its own buttons in a handful of languages, Finnish not among them.
                if (key != null && button instanceof Labeled labeled) {
                    labeled.setText(Messages.get(key));
                }
            }
        }
    }
}
