package org.readerfirst.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.richtext.model.PlainTextChange;
import org.reactfx.EventStream;
import org.reactfx.EventStreams;
import org.reactfx.Subscription;
import org.readerfirst.core.model.Draft;
import org.readerfirst.export.MarkupSpans;

/**
 * The editor in the middle: the draft's title and its text, with findings underlined.
 *
 * <p>The live check follows the edits: each edit moves the findings along at once, a pause in typing
 * starts a check of a snapshot taken here on the FX thread, the check runs on the view model's
 * worker, a result is dropped if the text changed meanwhile, and the underlines are redrawn from
 * the result back on the FX thread. The editor never waits for a check.
 */
final class EditorView {

    static final Duration CHECK_PAUSE = Duration.ofMillis(200);

    private final EditorViewModel vm;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final Label title = new Label();
    private final VBox root;
    private final Subscription subscriptions;
    private final FindingMenu findingMenu;
    private List<TextSpan> marks = List.of();
    private String markClass = "";
    private String markupOf = "";
    private Map<MarkupSpans.Kind, List<TextSpan>> markup = Map.of();

    EditorView(EditorViewModel vm, CheckPanelViewModel panel, Runnable onRename) {
        this.vm = vm;
        area.setWrapText(true);
        area.getStyleClass().add("editor");
        area.setId("editor");
        area.setUseInitialStyleForInsertion(true);
        // Undo takes back edits of the text only: redrawn underlines are not steps of the writer's.
        area.setUndoManager(UndoUtils.plainTextUndoManager(area));
        area.setAccessibleText(Messages.get("editor.accessible"));
        area.setAccessibleHelp(Messages.get("editor.accessible.help"));
        Label placeholder = new Label(Messages.get("editor.placeholder"));
        placeholder.getStyleClass().add("editor-placeholder");
        area.setPlaceholder(placeholder);
        area.textProperty().addListener((obs, was, now) -> vm.textProperty().set(now));

        title.getStyleClass().add("editor-title");
        title.setId("draft-title");
        title.setCursor(Cursor.HAND);
        title.setTooltip(new Tooltip(Messages.get("drafts.rename.tooltip")));
        title.textProperty().bind(Bindings.createStringBinding(
                () -> vm.draftProperty().get() == null ? "" : vm.draftProperty().get().title(), vm.draftProperty()));
        title.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                onRename.run();
            }
        });

        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        scroll.getStyleClass().add("editor-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(title, scroll);
        root.getStyleClass().add("editor-pane");
        root.setMinWidth(320);

        subscriptions = vm.loads().subscribe(this::showDraft)
                .and(liveChecks())
                .and(panel.reveals().subscribe(this::reveal))
                .and(panel.fixes().subscribe(this::replace))
                .and(vm.findingsChanged().subscribe(v -> underline()));
        findingMenu = new FindingMenu(area, vm, panel);
    }

    private Subscription liveChecks() {
        EventStream<List<PlainTextChange>> edits = area.multiPlainChanges();
        EventStream<?> moved = edits.hook(changes -> changes.forEach(c -> vm.textEdited(
                c.getPosition(), c.getRemovalEnd() - c.getPosition(), c.getInsertionEnd() - c.getPosition())));
        return EventStreams.<Object>merge(moved, vm.recheckRequests())
                .successionEnds(CHECK_PAUSE)
                .supplyTask(vm::startCheck)
                .awaitLatest(EventStreams.<Object>merge(edits, vm.recheckRequests()))
                .subscribe(outcome -> {
                    if (outcome.isSuccess()) {
                        vm.apply(outcome.get());
                    } else {
                        vm.checkFailed(outcome.getFailure());
                    }
                });
    }

    private void underline() {
        int length = area.getLength();
        var styles = MarkStyles.over(FindingStyles.spans(vm.currentFindings(), length), marks, length, markClass);
        // The writer's Markdown, lightly: bold shows bold, a heading larger, a quote muted, a link blue.
        for (Map.Entry<MarkupSpans.Kind, List<TextSpan>> kind : markup().entrySet()) {
            String styleClass = "md-" + kind.getKey().name().toLowerCase(Locale.ROOT);
            styles = MarkStyles.over(styles, kind.getValue(), length, styleClass);
        }
        area.setStyleSpans(0, styles);
    }

    /**
     * The text's Markdown by kind, read again only when the text changed: the underlines are
     * redrawn for each result (rules, then grammar) of one and the same text.
     */
    private Map<MarkupSpans.Kind, List<TextSpan>> markup() {
        String text = area.getText();
        if (!text.equals(markupOf)) {
            Map<MarkupSpans.Kind, List<TextSpan>> byKind = new EnumMap<>(MarkupSpans.Kind.class);
            for (MarkupSpans.Span m : MarkupSpans.of(text)) {
                byKind.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(new TextSpan(m.start(), m.end()));
            }
            markupOf = text;
            markup = byKind;
        }
        return markup;
    }

    /** Shades stretches of the text with a style class, under the findings' underlines: the copied runs. */
    void mark(List<TextSpan> spans, String styleClass) {
        marks = List.copyOf(spans);
        markClass = styleClass;
        underline();
    }

    private void showDraft(Draft draft) {
        area.replaceText(draft == null ? "" : draft.body());
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.requestFollowCaret();
        area.setDisable(draft == null);
    }

    private void reveal(TextSpan span) {
        int length = area.getLength();
        area.selectRange(Math.min(span.start(), length), Math.min(span.end(), length));
        area.requestFollowCaret();
        area.requestFocus();
    }

    private void replace(TextReplacement fix) {
        int length = area.getLength();
        int start = Math.min(fix.span().start(), length);
        area.replaceText(start, Math.min(fix.span().end(), length), fix.text());
        area.moveTo(start + fix.text().length());
        area.requestFollowCaret();
        area.requestFocus();
    }

    /** Replaces the whole text as an edit of its own, which one Undo takes back. */
    void replaceAll(String text) {
        area.getUndoManager().preventMerge();
        area.replaceText(text);
        area.getUndoManager().preventMerge();
        area.moveTo(0);
        area.requestFollowCaret();
        area.requestFocus();
    }

    StyleClassedTextArea area() {
        return area;
    }

    FindingMenu findingMenu() {
        return findingMenu;
    }

    Node root() {
        return root;
    }

    void dispose() {
        subscriptions.unsubscribe();
    }
}
