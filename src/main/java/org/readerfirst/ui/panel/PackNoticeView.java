package org.readerfirst.ui.panel;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.readerfirst.core.rules.PackProblem;
import org.readerfirst.ui.common.Messages;

/**
 * A small notice in the check panel while rule packs are skipped: which file, which line and what
 * is wrong, so the writer can fix the pack and reload.
 */
final class PackNoticeView {

    private final VBox root = new VBox();

    PackNoticeView(RulePacksViewModel packs) {
        root.setId("pack-notice");
        root.getStyleClass().add("pack-notice");
        packs.problems().addListener((ListChangeListener<PackProblem>) c -> show(packs));
        show(packs);
    }

    private void show(RulePacksViewModel packs) {
        Label title = new Label(Messages.get("packs.notice.title", packs.problems().size()));
        title.getStyleClass().add("pack-notice-title");
        root.getChildren().setAll(title);
        for (PackProblem p : packs.problems()) {
            Label line = new Label(p.line() > 0
                    ? Messages.get("packs.notice.line", fileName(p.source()), p.line(), p.problem())
                    : Messages.get("packs.notice.file", fileName(p.source()), p.problem()));
            line.getStyleClass().add("pack-notice-problem");
            line.setWrapText(true);
            line.setTooltip(new Tooltip(p.toString()));
            root.getChildren().add(line);
        }
        boolean any = !packs.problems().isEmpty();
        root.setVisible(any);
        root.setManaged(any);
    }

    static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }

    Node root() {
        return root;
    }
}
