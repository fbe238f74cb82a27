package org.readerfirst.ui.editor;

import java.time.Duration;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.readerfirst.core.model.Finding;
import org.readerfirst.ui.common.Appearance;
import org.readerfirst.ui.common.Messages;

/**
 * A card over an underlined word once the mouse rests on it a moment, as other checkers show: each
 * finding there with its message and its fixes, and "Not here". It goes when the mouse moves on
 * (unless onto the card), on a click elsewhere, or with Escape. Shift+F10 still opens the menu.
 */
final class FindingHover {

    static final Duration PAUSE = Duration.ofMillis(600);

    private final StyleClassedTextArea area;
    private final EditorViewModel editor;
    private final FindingActions panel;
    private final Popup popup = new Popup();
    private final VBox card = new VBox();
    private final PauseTransition leave = new PauseTransition(javafx.util.Duration.millis(400));

    FindingHover(StyleClassedTextArea area, EditorViewModel editor, FindingActions panel) {
        this.area = area;
        this.editor = editor;
        this.panel = panel;
        card.setId("finding-hover");
        card.getStyleClass().add("finding-hover");
        popup.getContent().add(card);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        area.setMouseOverTextDelay(PAUSE);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN,
                e -> show(e.getCharacterIndex(), e.getScreenPosition()));
        // Moving from the word to the card leaves the word first: the card waits a moment for the mouse.
        leave.setOnFinished(e -> {
            if (!card.isHover()) {
                popup.hide();
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> leave.playFromStart());
        card.setOnMouseEntered(e -> leave.stop());
        card.setOnMouseExited(e -> leave.playFromStart());
        area.textProperty().addListener((obs, was, now) -> popup.hide());
    }

    /** Shows the findings under the character at {@code index}; false when none is there. */
    boolean show(int index, Point2D screen) {
        List<Finding> here = editor.live().findingsAt(index).stream()
                .filter(f -> editor.live().spanOf(f).map(s -> s.start() <= index && index < s.end()).orElse(false))
                .toList();
        if (here.isEmpty() || area.getScene() == null) {
            popup.hide();
            return false;
        }
        leave.stop();
        card.getChildren().clear();
        card.getStylesheets().setAll(Appearance.stylesheets());
        for (Finding f : here) {
            Label message = new Label(f.message());
            message.setWrapText(true);
            message.setMaxWidth(360);
            message.getStyleClass().add("finding-hover-message");
            FlowPane actions = new FlowPane();
            actions.getStyleClass().add("finding-hover-actions");
            actions.setPrefWrapLength(240);
            for (String fix : f.suggestions()) {
                Hyperlink use = new Hyperlink(Messages.fix("panel.fix", fix));
                use.getStyleClass().add("finding-fix");
                use.setOnAction(e -> {
                    popup.hide();
                    panel.applyFix(f, fix);
                });
                actions.getChildren().add(use);
            }
            Hyperlink dismiss = new Hyperlink(Messages.get("panel.dismiss"));
            dismiss.getStyleClass().add("finding-action");
            dismiss.setOnAction(e -> {
                popup.hide();
                panel.dismiss(f);
            });
            actions.getChildren().add(dismiss);
            card.getChildren().addAll(message, actions);
        }
        popup.show(area, screen.getX() + 4, screen.getY() + 12);
        return true;
    }
}
