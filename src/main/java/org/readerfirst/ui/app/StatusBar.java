package org.readerfirst.ui.app;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.readerfirst.ui.common.Controls;
import org.readerfirst.ui.common.Messages;

/** The line under the window: what just happened on the left, how grammar checking stands on the right. */
final class StatusBar {

    private StatusBar() {
    }

    static HBox of(MainViewModel vm) {
        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("status-text");
        status.textProperty().bind(vm.statusProperty());
        status.accessibleTextProperty().bind(vm.statusProperty().map(t -> Messages.get("status.accessible", t)));
        vm.statusIsErrorProperty().addListener((obs, was, now) -> Controls.toggle(status, "status-error", now));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label grammar = new Label();
        grammar.setId("grammar-status");
        grammar.getStyleClass().add("status-text");
        grammar.setMinWidth(Label.USE_PREF_SIZE);
        grammar.textProperty().bind(vm.grammarStatusProperty());
        Tooltip detail = new Tooltip();
        detail.setWrapText(true);
        detail.setMaxWidth(420);
        detail.textProperty().bind(vm.grammarDetailProperty());
        grammar.setTooltip(detail);
        HBox bar = new HBox(status, spacer, grammar);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
