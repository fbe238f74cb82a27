package org.readerfirst.ui.panel;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.scene.Cursor;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.readerfirst.core.model.Finding;
import org.readerfirst.ui.common.Accessible;
import org.readerfirst.ui.common.Controls;
import org.readerfirst.ui.common.Messages;

/**
 * A row of the check panel: a category heading, or a finding with its severity badge and message,
 * why it matters, the fixes it offers as links that replace the flagged words, and "Not here" and
 * "Turn off this check" for when the check is wrong about this text or this writer.
 */
public final class FindingCell extends ListCell<PanelRow> {

    private static final int WHY_LINES = 2;
    private static final int MAX_FIXES = 3;

    private final CheckPanelViewModel vm;
    private final Label heading = new Label();
    private final Label badge = new Label();
    private final Text message = new Text();
    private final Label why = new Label();
    private final Tooltip whyTip = new Tooltip();
    private final FlowPane fixes = new FlowPane();
    private final VBox findingBox;
    private final Hyperlink dismiss;
    private final Hyperlink turnOff;
    private final Hyperlink guide;
    /** The finding whose words the row's nodes hold now, to leave them be when only its place moved. */
    private Finding shown;
    /** The fixes the row shows links for; null before the first finding. */
    private List<String> shownFixes;
    /** The row whose finding the cell shows, followed while the cell shows it. */
    private PanelRow.Item followed;
    private final ChangeListener<Finding> onFinding = (obs, was, now) -> showFinding(now);

    FindingCell(CheckPanelViewModel vm) {
        this.vm = vm;
        heading.getStyleClass().add("finding-group");
        badge.getStyleClass().add("severity-badge");
        badge.setMinWidth(Label.USE_PREF_SIZE);
        message.getStyleClass().add("finding-message");
        why.getStyleClass().add("finding-why");
        why.setWrapText(true);
        whyTip.setWrapText(true);
        whyTip.setMaxWidth(420);
        fixes.getStyleClass().add("finding-fixes");
        // A flow pane is at least as wide as its widest child: let the card decide, and the fixes fit it.
        fixes.setMinWidth(0);
        // The badge sits in the text's first line and the message wraps under it.
        TextFlow line = new TextFlow(badge, new Text("  "), message);
        line.getStyleClass().add("finding-line");
        dismiss = action("panel.dismiss", "dismiss-finding", f -> vm.dismiss(f));
        turnOff = action("panel.turnoff", "turn-off-check", f -> vm.turnOff(f));
        guide = action("panel.guide", "show-guidance", f -> vm.showGuidance(f));
        // In a narrow panel the actions take a second line rather than shrink to "Not …".
        FlowPane actions = new FlowPane(dismiss, turnOff, guide);
        actions.setMinWidth(0);
        for (Hyperlink a : List.of(dismiss, turnOff, guide)) {
            a.setMinWidth(Region.USE_PREF_SIZE);
        }
        actions.getStyleClass().add("finding-actions");
        findingBox = new VBox(line, why, fixes, actions);
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
        showRow(row, empty);
    }

    private void showRow(PanelRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (!(row instanceof PanelRow.Item)) {
            unfollow();
            shown = null;
        }
        if (empty || row == null) {
            setGraphic(null);
            setAccessibleText(null);
            setCursor(Cursor.DEFAULT);
            rowClass(null);
        } else if (row instanceof PanelRow.Heading h) {
            heading.setText(Messages.get("panel.group", Messages.of("category", h.category().id()), h.count()));
            setGraphic(heading);
            rowClass("heading-cell");
            setAccessibleText(heading.getText());
            setCursor(Cursor.DEFAULT);
        } else if (row instanceof PanelRow.Item item) {
            follow(item);
            showFinding(item.finding());
            setGraphic(findingBox);
            rowClass("finding-cell");
            setCursor(Cursor.HAND);
        }
    }

    /** The row's finding changes in place as the writer types: the cell follows it. */
    private void follow(PanelRow.Item item) {
        if (followed != item) {
            if (followed != null) {
                followed.findingProperty().removeListener(onFinding);
            }
            item.findingProperty().addListener(onFinding);
            followed = item;
        }
    }

    private void unfollow() {
        if (followed != null) {
            followed.findingProperty().removeListener(onFinding);
            followed = null;
        }
    }

    /**
     * Every edit moves the findings after it: a row whose finding only moved keeps its nodes, so
     * typing does not restyle or lay out the panel.
     */
    private void showFinding(Finding f) {
        if (shown == null || !sameWords(shown, f)) {
            show(f);
            setAccessibleText(Messages.get("panel.finding.accessible", badge.getText(), f.message()));
        }
        shown = f;
    }

    private static boolean sameWords(Finding a, Finding b) {
        return a.severity() == b.severity() && a.message().equals(b.message()) && a.why().equals(b.why())
                && a.suggestions().equals(b.suggestions());
    }

    /** Changes the row's style class only when it differs: each change restyles the whole row. */
    private void rowClass(String styleClass) {
        for (String c : new String[] {"heading-cell", "finding-cell"}) {
            if (!c.equals(styleClass)) {
                getStyleClass().remove(c);
            }
        }
        if (styleClass != null && !getStyleClass().contains(styleClass)) {
            getStyleClass().add(styleClass);
        }
    }

    private void show(Finding f) {
        String severity = Messages.of("severity", f.severity().id());
        badge.setText(severity);
        badge.getStyleClass().removeIf(c -> c.startsWith("badge-"));
        badge.getStyleClass().add("badge-" + f.severity().id());
        message.setText(f.message());
        Accessible.named(dismiss, "panel.dismiss.accessible", f.message());
        Accessible.named(turnOff, "panel.turnoff.accessible", f.message());
        Accessible.named(guide, "panel.guide.accessible", f.message());
        boolean hasWhy = !f.why().isBlank();
        why.setText(f.why());
        why.setVisible(hasWhy);
        why.setManaged(hasWhy);
        whyTip.setText(f.why());
        why.setTooltip(hasWhy ? whyTip : null);
        clampWhy();
        List<String> offered = f.suggestions().stream().limit(MAX_FIXES).toList();
        // The fixes' links are made anew only when the fixes changed, not when only the message did.
        if (!offered.equals(shownFixes)) {
            shownFixes = offered;
            fixes.getChildren().setAll(offered.stream().map(this::fix).toList());
            fixes.setVisible(!offered.isEmpty());
            fixes.setManaged(!offered.isEmpty());
        }
    }

    /** A quiet link under the finding; its click does not also select the finding's text. */
    private Hyperlink action(String key, String styleClass, Consumer<Finding> onFinding) {
        Hyperlink link = new Hyperlink(Messages.get(key));
        link.getStyleClass().addAll("finding-action", styleClass);
        link.setTooltip(new Tooltip(Messages.get(key + ".tooltip")));
        link.setOnAction(e -> {
            if (getItem() instanceof PanelRow.Item item) {
                onFinding.accept(item.finding());
            }
            e.consume();
        });
        link.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
        return link;
    }

    /**
     * A fix of the row's finding where it is now. A long one is cut with an ellipsis inside the card
     * (its tooltip and accessible name say it whole): it is never wider than the row of fixes.
     */
    private Hyperlink fix(String replacement) {
        Hyperlink link = new Hyperlink(Messages.fix("panel.fix", replacement));
        link.maxWidthProperty().bind(Controls.innerWidth(fixes));
        link.getStyleClass().add("finding-fix");
        link.setTooltip(new Tooltip(Messages.fix("panel.fix.tooltip", replacement)));
        link.setAccessibleText(link.getTooltip().getText());
        link.setOnAction(e -> {
            if (getItem() instanceof PanelRow.Item item) {
                vm.applyFix(item.finding(), replacement);
            }
            e.consume();
        });
        return link;
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
