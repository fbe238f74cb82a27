package org.readerfirst.ui.source;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.readerfirst.core.curation.CopiedRun;
import org.readerfirst.core.curation.SourceComparison;
import org.readerfirst.core.curation.SourceText;
import org.readerfirst.ui.common.Accessible;
import org.readerfirst.ui.common.Icons;
import org.readerfirst.ui.common.Controls;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.editor.EditorView;
import org.readerfirst.ui.editor.MarkStyles;
import org.readerfirst.ui.editor.TextSpan;

/**
 * The source pane beside the editor: the text the draft shares, read-only, with the runs the draft
 * copied shaded here and in the editor, and the figures on top. A click on a run shows it in the
 * other pane; with link scrolling on, the caret in a copied run of the draft does the same.
 */
public final class SourcePaneView {

    static final String COPIED = "copied-run";
    static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final SourcePaneViewModel vm;
    private final EditorView editor;
    private final Supplier<Window> window;
    private final StyleClassedTextArea text = new StyleClassedTextArea();
    private final Label sourceTitle = new Label();
    private final VBox root;

    public SourcePaneView(SourcePaneViewModel vm, EditorView editor, Supplier<Window> window) {
        this.vm = vm;
        this.editor = editor;
        this.window = window;
        text.setEditable(false);
        text.setWrapText(true);
        text.setId("source-text");
        text.getStyleClass().addAll("editor", "source-text");
        text.setAccessibleText(Messages.get("source.accessible"));
        Label placeholder = new Label(Messages.get("source.placeholder"));
        placeholder.setWrapText(true);
        // Wrapped to the pane: a placeholder is laid out at its own preferred width otherwise.
        placeholder.maxWidthProperty().bind(text.widthProperty().subtract(48));
        placeholder.prefWidthProperty().bind(text.widthProperty().subtract(48));
        placeholder.getStyleClass().add("editor-placeholder");
        text.setPlaceholder(placeholder);
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(text);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label problem = new Label();
        problem.setId("source-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("status-error");
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        root = new VBox(header(), tools(), figures(), problem, scroll);
        root.setId("source-pane");
        root.getStyleClass().add("source-pane");
        root.setMinWidth(190);

        vm.sourceProperty().addListener((obs, was, now) -> showSource(now));
        vm.comparisonProperty().addListener((obs, was, now) -> showRuns(now));
        showSource(vm.sourceProperty().get());
        text.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> vm.runAtSource(text.getCaretPosition())
                .ifPresent(this::showInEditor));
        text.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN).match(e)) {
                paste();
                e.consume();
            }
        });
        StyleClassedTextArea area = editor.area();
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> vm.runAtDraft(area.getCaretPosition())
                .ifPresent(this::showInSource));
        area.caretPositionProperty().addListener((obs, was, now) -> {
            if (vm.linkScrollingProperty().get() && vm.openProperty().get()) {
                vm.runAtDraft(now).ifPresent(this::showInSource);
            }
        });
    }

    private HBox header() {
        Label title = new Label(Messages.get("source.title"));
        title.getStyleClass().add("pane-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        sourceTitle.setId("source-title");
        sourceTitle.getStyleClass().add("source-credits");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button close = new Button(null, Icons.of(Icons.CLOSE));
        close.setId("close-source");
        Accessible.named(close, "source.close.accessible");
        close.setTooltip(new Tooltip(Messages.get("source.close.tooltip")));
        close.setOnAction(e -> vm.openProperty().set(false));
        HBox header = new HBox(8, title, sourceTitle, gap, close);
        header.getStyleClass().add("beside-header");
        return header;
    }

    private FlowPane tools() {
        Button paste = button("source.paste", "source-paste", this::paste);
        Button open = button("source.open", "source-open", this::chooseFile);
        Button clear = button("source.clear", "source-clear", vm::clear);
        clear.disableProperty().bind(vm.sourceProperty().isNull());
        CheckBox link = new CheckBox(Messages.get("source.link"));
        link.setId("source-link-scrolling");
        Accessible.named(link, "source.link.accessible");
        link.setTooltip(new Tooltip(Messages.get("source.link.tooltip")));
        link.selectedProperty().bindBidirectional(vm.linkScrollingProperty());
        FlowPane tools = new FlowPane(6, 4, paste, open, clear, link);
        tools.getStyleClass().add("source-tools");
        return tools;
    }

    private static Button button(String key, String id, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setTooltip(new Tooltip(Messages.get(key + ".tooltip")));
        b.setAccessibleText(Messages.get(key + ".accessible"));
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private FlowPane figures() {
        FlowPane figures = new FlowPane(14, 2, figure("source-share", vm.copiedShareProperty()),
                figure("source-own", vm.ownWordsProperty()), figure("source-attributed", vm.attributedProperty()));
        figures.getStyleClass().add("source-figures");
        // A flow pane is as wide as its widest child unless told otherwise: the pane decides.
        figures.setMinWidth(0);
        figures.getChildren().forEach(n -> ((Label) n).maxWidthProperty().bind(Controls.innerWidth(figures)));
        return figures;
    }

    private static Label figure(String id, javafx.beans.value.ObservableValue<String> value) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("source-figure");
        label.textProperty().bind(value);
        // A narrow pane wraps a figure onto a second line rather than cut it at its edge.
        label.setWrapText(true);
        label.setMinWidth(0);
        return label;
    }

    private void paste() {
        vm.paste(Clipboard.getSystemClipboard().getString());
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("source.file.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("source.file.filter"),
                "*.txt", "*.md", "*.markdown", "*.html", "*.htm"));
        File chosen = chooser.showOpenDialog(window.get());
        if (chosen != null) {
            vm.openFile(chosen.toPath());
        }
    }

    private void showSource(SourceText s) {
        text.replaceText(s == null ? "" : s.text());
        text.moveTo(0);
        text.requestFollowCaret();
        sourceTitle.setText(s == null ? "" : s.credits().isEmpty() ? s.title()
                : Messages.get("source.credits", String.join(", ", s.credits())));
        showRuns(vm.comparisonProperty().get());
    }

    private void showRuns(SourceComparison c) {
        List<CopiedRun> runs = c == null ? List.of() : c.runs();
        text.setStyleSpans(0, MarkStyles.spans(runs.stream().map(r -> new TextSpan(r.sourceStart(), r.sourceEnd()))
                .toList(), text.getLength(), COPIED));
        editor.mark(runs.stream().map(r -> new TextSpan(r.start(), r.end())).toList(), COPIED);
    }

    private void showInSource(CopiedRun run) {
        int length = text.getLength();
        text.selectRange(Math.min(run.sourceStart(), length), Math.min(run.sourceEnd(), length));
        text.requestFollowCaret();
    }

    private void showInEditor(CopiedRun run) {
        StyleClassedTextArea area = editor.area();
        int length = area.getLength();
        area.selectRange(Math.min(run.start(), length), Math.min(run.end(), length));
        area.requestFollowCaret();
        area.requestFocus();
    }

    /** View › Source pane, ticked while the pane is open. */
    public static CheckMenuItem menuItem(SourcePaneViewModel vm) {
        CheckMenuItem item = new CheckMenuItem(Messages.get("menu.view.source"));
        item.setId("menu-view-source");
        item.setAccelerator(SHORTCUT);
        item.selectedProperty().bindBidirectional(vm.openProperty());
        return item;
    }

    /** The copied run under a draft offset, for tests. */
    Optional<CopiedRun> runAtDraft(int position) {
        return vm.runAtDraft(position);
    }

    StyleClassedTextArea text() {
        return text;
    }

    public Node root() {
        return root;
    }
}
