package org.readerfirst.ui.revisions;

import java.util.Collection;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.readerfirst.core.metrics.Span;
import org.readerfirst.ui.common.Accessible;
import org.readerfirst.ui.common.Appearance;
import org.readerfirst.ui.common.Messages;

/**
 * Two texts side by side, read-only: the older on the left with what was deleted marked, the newer
 * on the right with what was inserted marked. Escape or Close closes it.
 */
final class CompareWindow {

    static final String DELETED = "diff-deleted";
    static final String INSERTED = "diff-inserted";

    private final Stage stage = new Stage();
    private final StyleClassedTextArea left = pane("compare-left", "compare.accessible.left");
    private final StyleClassedTextArea right = pane("compare-right", "compare.accessible.right");

    CompareWindow(Window owner, RevisionComparison c) {
        left.replaceText(c.leftText());
        left.setStyleSpans(0, spans(c.diff().deleted(), c.leftText().length(), DELETED));
        right.replaceText(c.rightText());
        right.setStyleSpans(0, spans(c.diff().inserted(), c.rightText().length(), INSERTED));

        GridPane panes = new GridPane();
        panes.getStyleClass().add("compare-panes");
        panes.addRow(0, heading(c.leftLabel(), "compare-left-label"), heading(c.rightLabel(), "compare-right-label"));
        panes.addRow(1, scroll(left), scroll(right));
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            panes.getColumnConstraints().add(column);
        }
        RowConstraints textRow = new RowConstraints();
        textRow.setVgrow(Priority.ALWAYS);
        panes.getRowConstraints().addAll(new RowConstraints(), textRow);

        Label summary = new Label(c.diff().isEmpty() ? Messages.get("compare.same")
                : Messages.get("compare.summary", c.diff().deleted().size(), c.diff().inserted().size()));
        summary.setId("compare-summary");
        summary.getStyleClass().add("compare-summary");
        Button close = new Button(Messages.get("compare.close"));
        Accessible.named(close, "compare.close.accessible");
        close.setId("compare-close");
        close.setCancelButton(true);
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(12, summary, spacer, close);
        bottom.getStyleClass().add("compare-bottom");

        BorderPane root = new BorderPane(panes, null, null, bottom, null);
        root.setId("compare-window");
        root.getStyleClass().add("compare-window");
        Scene scene = new Scene(root, 1000, 620);
        scene.getStylesheets().addAll(Appearance.stylesheets());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(Messages.get("compare.title", c.leftLabel() + " ↔ " + c.rightLabel()));
        stage.setScene(scene);
    }

    private static StyleClassedTextArea pane(String id, String accessibleKey) {
        StyleClassedTextArea area = new StyleClassedTextArea();
        area.setId(id);
        area.getStyleClass().addAll("editor", "compare-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setAccessibleText(Messages.get(accessibleKey));
        return area;
    }

    private static VirtualizedScrollPane<StyleClassedTextArea> scroll(StyleClassedTextArea area) {
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        scroll.getStyleClass().add("compare-scroll");
        return scroll;
    }

    private static Label heading(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().add("compare-heading");
        return label;
    }

    /** Spans over exactly {@code length} characters: the given ranges get {@code styleClass}, the rest none. */
    static StyleSpans<Collection<String>> spans(List<Span> marked, int length, String styleClass) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int at = 0;
        for (Span s : marked) {
            builder.add(List.of(), s.start() - at);
            builder.add(List.of(styleClass), s.length());
            at = s.end();
        }
        builder.add(List.of(), length - at);
        return builder.create();
    }

    void show() {
        stage.show();
        left.requestFocus();
    }
}
