package org.readerfirst.ui.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeView;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * What a screen reader would find without a name in a window: every control a writer can reach by
 * keyboard needs its own accessible text, or a label that says it is for that control.
 */
final class AccessibleNames {

    private AccessibleNames() {
    }

    /** The controls under {@code root} that have no name, each described so a failing test says which. */
    static List<String> unnamed(Parent root) {
        Set<Node> labelled = new HashSet<>();
        walk(root, n -> {
            if (n instanceof Label l && l.getLabelFor() != null) {
                labelled.add(l.getLabelFor());
            }
        });
        List<String> out = new ArrayList<>();
        walk(root, n -> {
            boolean named = n.getAccessibleText() != null && !n.getAccessibleText().isBlank() || labelled.contains(n);
            if (needsName(n) && !named) {
                out.add(describe(n));
            } else if (n instanceof ListCell<?> cell && !cell.isEmpty() && cell.getItem() != null
                    && (cell.getText() == null || cell.getText().isBlank()) && !named) {
                out.add(describe(n) + " (a row with nothing to read)");
            }
        });
        return out;
    }

    /** Whether a writer can reach the node by keyboard and so needs a name: the kinds of control that take focus. */
    static boolean needsName(Node n) {
        boolean control = n instanceof ButtonBase || n instanceof ComboBoxBase<?> || n instanceof ChoiceBox<?>
                || n instanceof TextInputControl || n instanceof ListView<?> || n instanceof TableView<?>
                || n instanceof TreeView<?> || n instanceof Slider || n instanceof Spinner<?>
                || n instanceof GenericStyledArea<?, ?, ?>;
        return control && n.isFocusTraversable();
    }

    /** Every node under the root, inside the controls' own skins too, but not the menu bar's menus (they have their text). */
    static void walk(Node node, Consumer<Node> visit) {
        visit.accept(node);
        if (node instanceof MenuBar) {
            return;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, visit);
            }
        }
    }

    private static String describe(Node n) {
        String text = n instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : " #" + n.getId()) + " " + n.getStyleClass()
                + text;
    }
}
