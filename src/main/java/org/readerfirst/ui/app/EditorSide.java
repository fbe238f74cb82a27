package org.readerfirst.ui.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The editor with the panes that open beside it (the source it shares, the preview), left to right in
 * the order they were registered; a closed pane takes no room.
 */
final class EditorSide {

    private static final double PANE_SHARE = 0.45;

    private final SplitPane root;
    private final Node editor;
    private final List<Node> panes = new ArrayList<>();

    EditorSide(Node editor) {
        this.editor = editor;
        root = new SplitPane(editor);
        root.getStyleClass().add("editor-side");
    }

    /** Registers a pane in its place beside the editor, shown or not. */
    void add(Node pane, boolean shown) {
        panes.add(pane);
        show(pane, shown);
    }

    void show(Node pane, boolean shown) {
        if (shown == root.getItems().contains(pane)) {
            return;
        }
        if (!shown) {
            root.getItems().remove(pane);
        } else {
            int at = 1;
            for (Node p : panes) {
                if (p == pane) {
                    break;
                }
                if (root.getItems().contains(p)) {
                    at++;
                }
            }
            root.getItems().add(at, pane);
        }
        int n = root.getItems().size();
        double[] positions = new double[n - 1];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = (1 - PANE_SHARE) + PANE_SHARE * i / (n - 1);
        }
        root.setDividerPositions(positions);
    }

    Node editor() {
        return editor;
    }

    SplitPane root() {
        return root;
    }
}
