package org.readerfirst.ui.panel;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.readerfirst.ui.common.Accessible;
import org.readerfirst.ui.common.Messages;

/**
 * Quiet notes in the check panel about the checks themselves (a text too long to check whole, Finnish
 * spelling without Voikko and how to install it), each with "Got it" so it is said once, not at every check.
 */
final class GrammarNoticeView {

    private final VBox root = new VBox();

    GrammarNoticeView(CheckPanelViewModel panel) {
        root.setId("grammar-notices");
        root.getStyleClass().add("grammar-notices");
        panel.notices().addListener((ListChangeListener<String>) c -> show(panel));
        show(panel);
    }

    private void show(CheckPanelViewModel panel) {
        root.getChildren().setAll(panel.notices().stream().map(n -> row(panel, n)).toList());
        boolean any = !panel.notices().isEmpty();
        root.setVisible(any);
        root.setManaged(any);
    }

    private static Node row(CheckPanelViewModel panel, String notice) {
        Label text = new Label(notice);
        text.getStyleClass().add("grammar-notice-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Hyperlink close = new Hyperlink(Messages.get("panel.notice.close"));
        Accessible.named(close, "panel.notice.close.accessible", notice);
        close.getStyleClass().add("finding-action");
        close.setTooltip(new Tooltip(Messages.get("panel.notice.close.tooltip")));
        close.setMinWidth(Hyperlink.USE_PREF_SIZE);
        close.setOnAction(e -> panel.closeNotice(notice));
        HBox row = new HBox(text, close);
        row.getStyleClass().add("grammar-notice");
        return row;
    }

    Node root() {
        return root;
    }
}
