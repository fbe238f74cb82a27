package org.readerfirst.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Severity;

/**
 * The check panel on the right: how many errors, warnings and hints, then the findings grouped by
 * category, each with its message and why it matters. Clicking one (or Enter) selects its text.
 */
final class CheckPanelView {

    private final ListView<PanelRow> list;
    private final VBox root;

    CheckPanelView(CheckPanelViewModel vm) {
        Label header = new Label(Messages.get("panel.header"));
        header.getStyleClass().add("pane-title");
        FlowPane counts = new FlowPane(countBadge(vm, Severity.ERROR), countBadge(vm, Severity.WARNING),
                countBadge(vm, Severity.HINT));
        counts.getStyleClass().add("severity-counts");
        VBox top = new VBox(header, counts);
        top.getStyleClass().add("pane-header-stacked");

        list = new ListView<>(vm.rows());
        list.setId("findings");
        list.getStyleClass().add("findings-list");
        list.setCellFactory(v -> new RowCell(vm));
        Label placeholder = new Label();
        placeholder.getStyleClass().add("panel-placeholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.stateProperty().get()) {
            case EMPTY_TEXT -> Messages.get("panel.empty");
            case CHECKING -> Messages.get("panel.checking");
            case CLEAN -> Messages.get("panel.clean");
            case FINDINGS -> "";
        }, vm.stateProperty()));
        list.setPlaceholder(placeholder);
        list.setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE)
                    && list.getSelectionModel().getSelectedItem() instanceof PanelRow.Item item) {
                vm.reveal(item.finding());
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        root = new VBox(top, list);
        root.getStyleClass().addAll("side-pane", "check-pane");
        root.setMinWidth(220);
    }

    private static Label countBadge(CheckPanelViewModel vm, Severity severity) {
        Label badge = new Label();
        badge.setId("count-" + severity.id());
        badge.getStyleClass().addAll("count-badge", "badge-" + severity.id());
        badge.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("panel." + severity.id() + "s", vm.countProperty(severity).get()),
                vm.countProperty(severity)));
        vm.countProperty(severity).addListener((obs, was, now) -> ToolbarView.toggle(badge, "zero", now.intValue() == 0));
        ToolbarView.toggle(badge, "zero", true);
        return badge;
    }

    /** A category heading, or a finding: severity badge and message, then why it matters. */
    private static final class RowCell extends ListCell<PanelRow> {

        private static final int WHY_LINES = 2;

        private final Label heading = new Label();
        private final Label badge = new Label();
        private final Text message = new Text();
        private final Label why = new Label();
        private final Tooltip whyTip = new Tooltip();
        private final Label suggestion = new Label();
        private final VBox findingBox;

        RowCell(CheckPanelViewModel vm) {
            heading.getStyleClass().add("finding-group");
            badge.getStyleClass().add("severity-badge");
            badge.setMinWidth(Label.USE_PREF_SIZE);
            message.getStyleClass().add("finding-message");
            why.getStyleClass().add("finding-why");
            why.setWrapText(true);
            whyTip.setWrapText(true);
            whyTip.setMaxWidth(420);
            suggestion.getStyleClass().add("finding-suggestion");
            suggestion.setWrapText(true);
            // The badge sits in the text's first line and the message wraps under it.
            TextFlow line = new TextFlow(badge, new Text("  "), message);
            line.getStyleClass().add("finding-line");
            findingBox = new VBox(line, why, suggestion);
            findingBox.getStyleClass().add("finding-row");
            findingBox.setMinWidth(0);
            findingBox.setPrefWidth(1);
            selectedProperty().addListener((obs, was, now) -> clampWhy());
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && getItem() instanceof PanelRow.Item item) {
                    vm.reveal(item.finding());
                }
            });
        }

        @Override
        protected void updateItem(PanelRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("heading-cell", "finding-cell");
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
                setCursor(Cursor.DEFAULT);
                return;
            }
            if (row instanceof PanelRow.Heading h) {
                heading.setText(Messages.get("panel.group", Messages.of("category", h.category().id()), h.count()));
                setGraphic(heading);
                getStyleClass().add("heading-cell");
                setAccessibleText(heading.getText());
                setCursor(Cursor.DEFAULT);
            } else if (row instanceof PanelRow.Item item) {
                show(item.finding());
                setGraphic(findingBox);
                getStyleClass().add("finding-cell");
                setCursor(Cursor.HAND);
            }
        }

        private void show(Finding f) {
            String severity = Messages.of("severity", f.severity().id());
            badge.setText(severity);
            badge.getStyleClass().removeIf(c -> c.startsWith("badge-"));
            badge.getStyleClass().add("badge-" + f.severity().id());
            message.setText(f.message());
            why.setText(f.why());
            why.setVisible(!f.why().isBlank());
            why.setManaged(!f.why().isBlank());
            whyTip.setText(f.why());
            why.setTooltip(f.why().isBlank() ? null : whyTip);
            clampWhy();
            boolean hasSuggestion = !f.suggestions().isEmpty();
            suggestion.setText(hasSuggestion ? "→ " + f.suggestions().get(0) : "");
            suggestion.setVisible(hasSuggestion);
            suggestion.setManaged(hasSuggestion);
            setAccessibleText(Messages.get("panel.finding.accessible", severity, f.message()));
        }

        /** The why is the same for a whole category: two lines of it, all of it once the row is picked. */
        private void clampWhy() {
            if (isSelected()) {
                why.setMaxHeight(Double.MAX_VALUE);
            } else {
                Text probe = new Text("Ag");
                probe.setFont(why.getFont());
                why.setMaxHeight(Math.ceil(probe.getLayoutBounds().getHeight() * WHY_LINES) + 1);
            }
        }
    }

    Node root() {
        return root;
    }

    ListView<PanelRow> list() {
        return list;
    }
}
