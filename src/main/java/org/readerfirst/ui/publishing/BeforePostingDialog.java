package org.readerfirst.ui.publishing;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.readerfirst.ui.common.Dialogs;
import org.readerfirst.ui.common.Messages;

/** The three questions before a copy, each with the draft's answers; the writer copies or goes back. */
final class BeforePostingDialog {

    private BeforePostingDialog() {
    }

    /** Shows the questions; true when the writer chose to copy. Unticking the box turns them off. */
    static boolean confirm(Window owner, List<BeforePostingViewModel.Question> questions, Optional<String> profileAdvice,
                           BeforePostingViewModel vm) {
        Dialog<ButtonType> dialog = new Dialog<>();
        ButtonType copy = new ButtonType(Messages.get("before.copy"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("before.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(copy, cancel);
        Dialogs.prepare(dialog, owner, Messages.get("before.title"), Messages.get("before.header"));
        dialog.getDialogPane().setId("before-posting");
        VBox content = new VBox(6);
        content.getStyleClass().add("before-posting");
        for (BeforePostingViewModel.Question q : questions) {
            Label question = new Label(q.question());
            question.getStyleClass().addAll("before-question", q.fine() ? "before-fine" : "before-not-fine");
            question.setWrapText(true);
            content.getChildren().add(question);
            for (String answer : q.answers()) {
                Label a = new Label((q.fine() ? "✓ " : "• ") + answer);
                a.getStyleClass().add("before-answer");
                a.setWrapText(true);
                a.setMaxWidth(560);
                content.getChildren().add(a);
            }
        }
        profileAdvice.ifPresent(advice -> {
            Label label = new Label(advice);
            label.getStyleClass().add("before-profile");
            label.setWrapText(true);
            label.setMaxWidth(560);
            content.getChildren().add(label);
        });
        CheckBox keepAsking = new CheckBox(Messages.get("before.ask"));
        keepAsking.setId("before-ask");
        keepAsking.setSelected(true);
        content.getChildren().add(keepAsking);
        dialog.getDialogPane().setContent(content);
        boolean copied = dialog.showAndWait().filter(copy::equals).isPresent();
        if (!keepAsking.isSelected()) {
            vm.setAsking(false);
        }
        return copied;
    }
}
