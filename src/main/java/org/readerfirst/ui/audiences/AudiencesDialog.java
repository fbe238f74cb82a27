package org.readerfirst.ui.audiences;

import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.readerfirst.core.model.Audience;
import org.readerfirst.core.model.Language;
import org.readerfirst.store.StoredAudience;
import org.readerfirst.ui.common.Accessible;
import org.readerfirst.ui.common.Appearance;
import org.readerfirst.ui.common.Controls;
import org.readerfirst.ui.common.Dialogs;
import org.readerfirst.ui.common.Icons;
import org.readerfirst.ui.common.Messages;

/**
 * Audiences...: the readers the writer writes for, each with a name, a line about them, what they
 * care about (comma separated) and their language. The list on the left, the chosen one's fields on
 * the right; a blank name is refused with a word why, a delete asks first.
 */
public final class AudiencesDialog {

    private final AudiencesViewModel vm;
    private final Dialog<Void> dialog = new Dialog<>();
    private final ListView<StoredAudience> list;
    private final TextField name = new TextField();
    private final TextArea about = new TextArea();
    private final TextField interests = new TextField();
    private final ComboBox<Language> language = new ComboBox<>(FXCollections.observableArrayList(Language.values()));
    private final Label message = new Label();
    private long editing;

    public AudiencesDialog(Window owner, AudiencesViewModel vm) {
        this.vm = vm;
        list = new ListView<>(vm.audiences());
        list.setId("audience-list");
        list.getStyleClass().add("audience-list");
        list.setPrefSize(190, 280);
        list.setPlaceholder(new Label(Messages.get("audiences.empty")));
        Accessible.named(list, "audiences.list.accessible");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(StoredAudience a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.audience().name());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                fill(now);
            }
        });
        Button add = new Button(Messages.get("audiences.add"), Icons.of(Icons.PLUS));
        add.setId("audience-add");
        add.setOnAction(e -> startNew());
        Accessible.named(add, "audiences.add.accessible");
        Button delete = new Button(Messages.get("audiences.delete"), Icons.of(Icons.TRASH));
        delete.setId("audience-delete");
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> delete());
        Accessible.named(delete, "audiences.delete.accessible");
        VBox left = new VBox(list, new HBox(8, add, delete));
        left.getStyleClass().add("audience-left");

        name.setId("audience-name");
        about.setId("audience-about");
        about.setWrapText(true);
        about.setPrefRowCount(3);
        interests.setId("audience-interests");
        interests.setPromptText(Messages.get("audiences.interests.prompt"));
        language.setId("audience-language");
        language.setConverter(Controls.named("language", Language::id));
        message.setId("audience-message");
        message.getStyleClass().add("audience-message");
        message.setWrapText(true);
        Button save = new Button(Messages.get("audiences.save"));
        save.setId("audience-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> save());
        Accessible.named(save, "audiences.save.accessible");
        GridPane form = new GridPane();
        form.getStyleClass().add("audience-form");
        form.addRow(0, fieldLabel("audiences.name", name), name);
        form.addRow(1, fieldLabel("audiences.about", about), about);
        form.addRow(2, fieldLabel("audiences.interests", interests), interests);
        form.addRow(3, fieldLabel("audiences.language", language), language);
        form.add(new HBox(save), 1, 4);
        form.add(message, 1, 5);
        GridPane.setHgrow(name, Priority.ALWAYS);
        HBox content = new HBox(16, left, form);

        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Messages.get("audiences.title"));
        dialog.setHeaderText(Messages.get("audiences.header"));
        dialog.getDialogPane().setId("audiences-dialog");
        dialog.getDialogPane().getStylesheets().addAll(Appearance.stylesheets());
        dialog.getDialogPane().getStyleClass().add("readerfirst-dialog");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(640);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(Messages.get("audiences.close"), ButtonData.CANCEL_CLOSE));
        Accessible.nameButtons(dialog);
        if (vm.audiences().isEmpty()) {
            startNew();
        } else {
            list.getSelectionModel().selectFirst();
        }
    }

    private static Label fieldLabel(String key, javafx.scene.Node field) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("field-label");
        label.setLabelFor(field);
        return label;
    }

    private void fill(StoredAudience a) {
        editing = a.id();
        Audience audience = a.audience();
        name.setText(audience.name());
        about.setText(audience.description());
        interests.setText(String.join(", ", audience.interests()));
        language.setValue(audience.language());
        message.setText("");
    }

    private void startNew() {
        list.getSelectionModel().clearSelection();
        editing = 0;
        name.clear();
        about.clear();
        interests.clear();
        language.setValue(Language.AUTO);
        message.setText(Messages.get("audiences.new.hint"));
        name.requestFocus();
    }

    private void save() {
        var problem = AudiencesViewModel.problem(name.getText());
        if (problem.isPresent()) {
            showMessage(problem.get(), true);
            name.requestFocus();
            return;
        }
        vm.save(editing, name.getText(), about.getText(), interests.getText(), language.getValue())
                .whenComplete((saved, error) -> {
                    if (error != null) {
                        showMessage(error.getMessage(), true);
                    } else {
                        list.getSelectionModel().select(saved);
                        showMessage(Messages.get("audiences.saved", saved.audience().name()), false);
                    }
                });
    }

    private void delete() {
        StoredAudience a = list.getSelectionModel().getSelectedItem();
        if (a != null && Dialogs.confirm(dialog.getDialogPane().getScene().getWindow(), "audiences.delete",
                a.audience().name())) {
            vm.delete(a.id()).whenComplete((ignored, error) -> {
                if (error != null) {
                    showMessage(error.getMessage(), true);
                } else if (vm.audiences().isEmpty()) {
                    startNew();
                }
            });
        }
    }

    private void showMessage(String text, boolean problem) {
        message.setText(text);
        Controls.toggle(message, "problem", problem);
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
