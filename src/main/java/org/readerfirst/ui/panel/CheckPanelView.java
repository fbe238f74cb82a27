package org.readerfirst.ui.panel;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.readerfirst.core.model.Severity;
import org.readerfirst.ui.common.Accessible;
import org.readerfirst.ui.common.Controls;
import org.readerfirst.ui.common.Messages;

/**
 * The check panel on the right: the reader-first score, how many errors, warnings and hints, then
 * the findings grouped by category, each with its message and why it matters, and at the bottom
 * what the writer dismissed. Clicking a finding (or Enter) selects its text.
 */
public final class CheckPanelView {

    private final ListView<PanelRow> list;
    private final VBox root;

    public CheckPanelView(CheckPanelViewModel vm, CheckChoicesViewModel choices, RulePacksViewModel packs) {
        Label header = new Label(Messages.get("panel.header"));
        header.getStyleClass().add("pane-title");
        FlowPane counts = new FlowPane(countBadge(vm, Severity.ERROR), countBadge(vm, Severity.WARNING),
                countBadge(vm, Severity.HINT));
        counts.getStyleClass().add("severity-counts");
        VBox top = new VBox(header, new ScoreView(vm).root(), counts, new PackNoticeView(packs).root(),
                new GrammarNoticeView(vm).root());
        top.getStyleClass().add("pane-header-stacked");

        list = new ListView<>(vm.rows());
        list.setId("findings");
        list.getStyleClass().add("findings-list");
        list.setCellFactory(v -> new FindingCell(vm));
        Accessible.named(list, "panel.list.accessible").setAccessibleHelp(Messages.get("panel.list.accessible.help"));
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
        // Up and down go from finding to finding: a category's heading is not a stop.
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) && !e.isShiftDown() && !e.isShortcutDown()) {
                int next = nextFinding(list.getSelectionModel().getSelectedIndex(), e.getCode() == KeyCode.DOWN ? 1 : -1);
                if (next >= 0) {
                    list.getSelectionModel().clearAndSelect(next);
                    list.getFocusModel().focus(next);
                    showRow(next);
                }
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        vm.cardRequests().subscribe(f -> {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i) instanceof PanelRow.Item item && item.finding().equals(f)) {
                    list.getSelectionModel().clearAndSelect(i);
                    showRow(i);
                    return;
                }
            }
        });

        root = new VBox(top, list, new DismissedView(choices, packs).root());
        root.getStyleClass().addAll("side-pane", "check-pane");
        root.setMinWidth(240);
    }

    /** The index of the next finding row from {@code from} in the direction of {@code step}; -1 if none. */
    private int nextFinding(int from, int step) {
        for (int i = from + step; i >= 0 && i < list.getItems().size(); i += step) {
            if (list.getItems().get(i) instanceof PanelRow.Item) {
                return i;
            }
        }
        return -1;
    }

    /** Scrolls just enough to show the row, with its heading above it when that is the row before. */
    private void showRow(int index) {
        int top = index > 0 && list.getItems().get(index - 1) instanceof PanelRow.Heading ? index - 1 : index;
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(index);
            flow.scrollTo(top);
        } else {
            list.scrollTo(top);
        }
    }

    private static Label countBadge(CheckPanelViewModel vm, Severity severity) {
        Label badge = new Label();
        badge.setId("count-" + severity.id());
        badge.getStyleClass().addAll("count-badge", "badge-" + severity.id());
        badge.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("panel." + severity.id() + "s", vm.countProperty(severity).get()),
                vm.countProperty(severity)));
        vm.countProperty(severity).addListener((obs, was, now) -> Controls.toggle(badge, "zero", now.intValue() == 0));
        Controls.toggle(badge, "zero", true);
        return badge;
    }

    public Node root() {
        return root;
    }

    ListView<PanelRow> list() {
        return list;
    }
}
