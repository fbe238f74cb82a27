package org.readerfirst.ui.app;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.readerfirst.ui.common.Messages;

/**
 * The drafts list, the editor and the checks side by side, where the two side panes can be hidden to
 * give the editor the room. The dividers are kept as they would be with all three panes shown, so a
 * hidden pane comes back at the width it had, and that is what the window layout saves.
 *
 * <p>When the panes' minimum widths do not fit the window (the source and the preview open beside the
 * editor in a narrow window), the drafts list makes room: it steps aside until the room is back,
 * while View › Drafts list stays as the writer set it.
 */
final class MainPanes {

    static final KeyCombination DRAFTS_SHORTCUT = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination CHECKS_SHORTCUT = new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    /** About the width a divider takes between two panes. */
    private static final double DIVIDER = 8;

    private final SplitPane split = new SplitPane();
    private final Node drafts;
    private Node centre;
    private Node checks;
    private final BooleanProperty draftsShown = new SimpleBooleanProperty(true);
    private final BooleanProperty checksShown = new SimpleBooleanProperty(true);
    /** The two dividers with all three panes shown. */
    private double[] full;
    /** Which side panes the split holds now; the properties may have just changed. */
    private boolean draftsIn = true;
    private boolean checksIn = true;
    /** The drafts list stepped aside because the other panes need its room. */
    private final ReadOnlyBooleanWrapper crowded = new ReadOnlyBooleanWrapper(false);

    MainPanes(Node drafts, Node centre, Node checks, List<Double> dividers) {
        this.drafts = drafts;
        this.centre = centre;
        this.checks = checks;
        this.full = toArray(dividers);
        split.getStyleClass().add("main-split");
        SplitPane.setResizableWithParent(drafts, false);
        SplitPane.setResizableWithParent(checks, false);
        rebuild();
        draftsShown.addListener((obs, was, now) -> rebuild());
        checksShown.addListener((obs, was, now) -> rebuild());
        // Measured against the window's width, not the split's: a split whose panes need more is laid
        // out wider than the window. The split's width changing (a pane beside the editor styled and
        // grown) is the moment to measure again.
        split.widthProperty().addListener((obs, was, now) -> fit());
        split.sceneProperty().addListener((obs, was, now) -> {
            if (now != null) {
                now.widthProperty().addListener((o, w, n) -> fit());
                fit();
            }
        });
    }

    /**
     * Lets the drafts list step aside while the window is too narrow for every pane's minimum, and
     * come back once it fits again; call it when a pane beside the editor opens or closes.
     */
    void fit() {
        double room = split.getScene() == null ? 0 : split.getScene().getWidth();
        if (room <= 0 || !draftsShown.get()) {
            if (crowded.get()) {
                crowded.set(false);
                rebuild();
            }
            return;
        }
        // The split's minimum is its panes' minimums and its dividers'.
        double need = split.minWidth(-1) + (draftsIn ? 0 : drafts.minWidth(-1) + DIVIDER);
        boolean tooNarrow = need > room;
        if (tooNarrow != crowded.get()) {
            crowded.set(tooNarrow);
            rebuild();
        }
    }

    /** Whether the drafts list has stepped aside to make room. */
    ReadOnlyBooleanProperty crowdedProperty() {
        return crowded.getReadOnlyProperty();
    }

    /** The editor and the checks: one of each, or two stacked when a second draft is open beside. */
    void setCentre(Node editors, Node panels) {
        full = toArray(dividers());
        centre = editors;
        checks = panels;
        SplitPane.setResizableWithParent(panels, false);
        rebuild();
    }

    private void rebuild() {
        full = toArray(dividers());
        boolean focusInside = hidesFocus(drafts, draftsShown.get() && !crowded.get())
                || hidesFocus(checks, checksShown.get());
        List<Node> items = new ArrayList<>();
        boolean draftsWanted = draftsShown.get() && !crowded.get();
        if (draftsWanted) {
            items.add(drafts);
        }
        items.add(centre);
        if (checksShown.get()) {
            items.add(checks);
        }
        split.getItems().setAll(items);
        draftsIn = draftsWanted;
        checksIn = checksShown.get();
        apply();
        if (focusInside) {
            centre.requestFocus();
        }
    }

    /** Whether hiding this pane would take the keyboard focus away with it. */
    private boolean hidesFocus(Node pane, boolean shown) {
        if (shown || split.getScene() == null) {
            return false;
        }
        for (Node n = split.getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n == pane) {
                return true;
            }
        }
        return false;
    }

    private void apply() {
        if (draftsIn && checksIn) {
            split.setDividerPositions(full);
        } else if (draftsIn) {
            split.setDividerPositions(full[0]);
        } else if (checksIn) {
            // The checks keep their share of the width when the drafts go.
            split.setDividerPositions(full[1]);
        }
    }

    /** The dividers as they would be with all three panes shown. */
    List<Double> dividers() {
        double[] now = split.getDividerPositions();
        if (now.length != (draftsIn ? 1 : 0) + (checksIn ? 1 : 0)) {
            return List.of(full[0], full[1]);
        }
        double first = draftsIn ? now[0] : full[0];
        double second = checksIn ? now[now.length - 1] : full[1];
        return List.of(first, second);
    }

    void setDividers(List<Double> positions) {
        if (positions.size() == 2) {
            full = toArray(positions);
            apply();
        }
    }

    private static double[] toArray(List<Double> positions) {
        return positions.stream().mapToDouble(Double::doubleValue).toArray();
    }

    BooleanProperty draftsShownProperty() {
        return draftsShown;
    }

    BooleanProperty checksShownProperty() {
        return checksShown;
    }

    /** View › Drafts list and View › Checks panel, ticked while the pane shows. */
    List<CheckMenuItem> menuItems() {
        return List.of(item("menu.view.drafts", DRAFTS_SHORTCUT, draftsShown),
                item("menu.view.checks", CHECKS_SHORTCUT, checksShown));
    }

    private static CheckMenuItem item(String key, KeyCombination shortcut, BooleanProperty shown) {
        CheckMenuItem item = new CheckMenuItem(Messages.get(key));
        item.setId(key.replace('.', '-'));
        item.setAccelerator(shortcut);
        item.selectedProperty().bindBidirectional(shown);
        return item;
    }

    SplitPane root() {
        return split;
    }
}
