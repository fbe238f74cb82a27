package org.readerfirst.ui.panel;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.readerfirst.core.model.Dismissal;
import org.readerfirst.ui.common.Accessible;
import org.readerfirst.ui.common.Messages;

/** "Dismissed (N)" at the bottom of the check panel: what the writer said "Not here" to, each with Undo. */
final class DismissedView {

    private final CheckChoicesViewModel choices;
    private final RulePacksViewModel packs;
    private final VBox rows = new VBox();
    private final VBox root;

    DismissedView(CheckChoicesViewModel choices, RulePacksViewModel packs) {
        this.choices = choices;
        this.packs = packs;
        Label header = new Label();
        header.setId("dismissed-header");
        header.getStyleClass().add("pane-title");
        header.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("dismissed.header", choices.dismissals().size()), choices.dismissals()));
        rows.getStyleClass().add("dismissed-rows");
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("dismissed-scroll");
        scroll.setMaxHeight(150);
        root = new VBox(header, scroll);
        root.setId("dismissed");
        root.getStyleClass().add("dismissed-pane");
        choices.dismissals().addListener((ListChangeListener<Dismissal>) c -> refresh());
        refresh();
    }

    private void refresh() {
        rows.getChildren().setAll(choices.dismissals().stream().map(this::row).toList());
        boolean any = !choices.dismissals().isEmpty();
        root.setVisible(any);
        root.setManaged(any);
    }

    private Node row(Dismissal d) {
        String category = packs.categoryOf(d.ruleId()).map(c -> Messages.of("category", c.id())).orElse(d.ruleId());
        Label text = new Label(Messages.get("dismissed.row", d.text(), category));
        text.getStyleClass().add("dismissed-text");
        text.setTooltip(new Tooltip(Messages.get("dismissed.row.tooltip", d.text(), d.ruleId())));
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Hyperlink undo = new Hyperlink(Messages.get("dismissed.undo"));
        Accessible.named(undo, "dismissed.undo.accessible", d.text());
        undo.getStyleClass().addAll("finding-action", "undo-dismissal");
        undo.setTooltip(new Tooltip(Messages.get("dismissed.undo.tooltip")));
        undo.setOnAction(e -> choices.undismiss(d));
        HBox row = new HBox(text, undo);
        row.getStyleClass().add("dismissed-row");
        return row;
    }

    Node root() {
        return root;
    }
}
