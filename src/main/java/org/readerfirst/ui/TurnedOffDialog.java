package org.readerfirst.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Checks turned off...: every check the writer switched off, each with Turn on. */
final class TurnedOffDialog {

    private final CheckChoicesViewModel choices;
    private final RulePacksViewModel packs;
    private final Dialog<Void> dialog = new Dialog<>();
    private final VBox rows = new VBox();

    TurnedOffDialog(Window owner, CheckChoicesViewModel choices, RulePacksViewModel packs) {
        this.choices = choices;
        this.packs = packs;
        rows.setId("turned-off-rows");
        rows.getStyleClass().add("turned-off-rows");
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(440, 240);
        scroll.getStyleClass().add("turned-off-scroll");
        ListChangeListener<String> refresh = c -> refresh();
        choices.disabledRules().addListener(refresh);
        dialog.setOnHidden(e -> choices.disabledRules().removeListener(refresh));
        refresh();

        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Messages.get("turnedoff.title"));
        dialog.setHeaderText(Messages.get("turnedoff.header"));
        dialog.getDialogPane().setId("turned-off-dialog");
        dialog.getDialogPane().getStylesheets().add(ReaderFirstApp.stylesheet());
        dialog.getDialogPane().getStyleClass().add("readerfirst-dialog");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setPrefWidth(520);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(Messages.get("turnedoff.close"), ButtonData.CANCEL_CLOSE));
    }

    private void refresh() {
        if (choices.disabledRules().isEmpty()) {
            Label none = new Label(Messages.get("turnedoff.none"));
            none.getStyleClass().add("panel-placeholder");
            rows.getChildren().setAll(none);
        } else {
            rows.getChildren().setAll(choices.disabledRules().stream().map(this::row).toList());
        }
    }

    private Node row(String ruleId) {
        Label category = new Label(packs.categoryOf(ruleId).map(c -> Messages.of("category", c.id()))
                .orElse(Messages.get("turnedoff.unknown")));
        category.getStyleClass().add("turned-off-category");
        Label id = new Label(ruleId);
        id.getStyleClass().add("turned-off-id");
        VBox names = new VBox(category, id);
        names.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(names, Priority.ALWAYS);
        Button on = new Button(Messages.get("turnedoff.turnon"));
        on.getStyleClass().add("turn-on");
        on.setId("turn-on-" + ruleId);
        on.setOnAction(e -> choices.turnOn(ruleId));
        HBox row = new HBox(names, on);
        row.getStyleClass().add("turned-off-row");
        return row;
    }

    void showAndWait() {
        dialog.showAndWait();
    }
}
