package org.readerfirst.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.control.IndexRange;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.util.UndoUtils;
import org.reactfx.Subscription;
import org.readerfirst.core.model.Draft;
import org.readerfirst.export.MarkupSpans;
import org.readerfirst.ui.common.Messages;

/**
 * The editor in the middle: the draft's title and its text, with findings underlined.
 *
 * <p>The view forwards each edit to the editor's {@link LiveCheck}, which moves the findings along
 * at once and checks the text when typing pauses; the underlines are redrawn from its result. The
 * editor never waits for a check.
 */
public final class EditorView {

    private final EditorViewModel vm;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final Label title = new Label();
    private final VBox root;
    private final Subscription subscriptions;
    private final FindingMenu findingMenu;
    private final FindingHover hover;
    private List<TextSpan> marks = List.of();
    private String markClass = "";
    private String markupOf = "";
    private Map<MarkupSpans.Kind, List<TextSpan>> markup = Map.of();
    /** The area's text as of its last edit, kept here so it is never joined from the area's paragraphs. */
    private String shown = "";
    /** Nothing in the area is styled from here on. */
    private int styledEnd;

    public EditorView(EditorViewModel vm, FindingActions panel, Runnable onRename) {
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
        root.setMinWidth(230);

        subscriptions = area.plainTextChanges().subscribe(this::edited)
                .and(vm.loads().subscribe(this::showDraft))
                .and(panel.reveals().subscribe(this::reveal))
                .and(panel.fixes().subscribe(this::replace))
                .and(vm.live().findingsChanged().subscribe(v -> underline()));
        findingMenu = new FindingMenu(area, vm, panel);
        hover = new FindingHover(area, vm, panel);
        // Shown, the text is checked by itself whenever typing pauses.
        vm.live().checkAfterPauses(Pauses.onFxThread());
    }

    /**
     * Keeps the view model's text in step with the area by applying each edit to the text before it:
     * asking the area for its text would join all its paragraphs again at every keystroke, which for
     * a long draft takes longer than the keystroke should.
     */
    private void edited(PlainTextChange c) {
        vm.textEdited(c.getPosition(), c.getRemovalEnd() - c.getPosition(), c.getInsertionEnd() - c.getPosition());
        String next = shown.substring(0, c.getPosition()) + c.getInserted() + shown.substring(c.getRemovalEnd());
        shown = next.length() == area.getLength() ? next : area.getText();
        // Inserted text takes the initial style, so what is styled ends no later than before the edit.
        if (c.getPosition() < styledEnd) {
            styledEnd = c.getRemovalEnd() >= styledEnd ? c.getPosition()
                    : styledEnd - c.getRemoved().length() + c.getInserted().length();
        }
        vm.textProperty().set(shown);
    }

    private void underline() {
        int length = area.getLength();
        var styles = MarkStyles.over(FindingStyles.spans(vm.live().currentFindings(), length), marks, length, markClass);
        // The writer's Markdown, lightly: bold shows bold, a heading larger, a quote muted, a link blue.
        for (Map.Entry<MarkupSpans.Kind, List<TextSpan>> kind : markup().entrySet()) {
            String styleClass = "md-" + kind.getKey().name().toLowerCase(Locale.ROOT);
            styles = MarkStyles.over(styles, kind.getValue(), length, styleClass);
        }
        // Restyled only as far as anything is or was styled: the unstyled rest of a huge paste stays as
        // it is. Restyling lays the paragraphs out again: only where a check changed how the text looks.
        int upTo = Math.max(styledEnd, lastStyled(styles));
        if (upTo > 0) {
            StyleSpans<Collection<String>> wanted = styles.subView(0, upTo);
            MarkStyles.difference(area.getStyleSpans(0, upTo), wanted)
                    .ifPresent(d -> area.setStyleSpans(d.start(), wanted.subView(d.start(), d.end())));
        }
        styledEnd = lastStyled(styles);
    }

    /** Where the last styled stretch ends; 0 when nothing is styled. */
    private static int lastStyled(StyleSpans<Collection<String>> styles) {
        int at = 0;
        int end = 0;
        for (StyleSpan<Collection<String>> span : styles) {
            at += span.getLength();
            if (!span.getStyle().isEmpty()) {
                end = at;
            }
        }
        return end;
    }

    /**
     * The text's Markdown by kind, read again only when the text changed: the underlines are
     * redrawn for each result (rules, then grammar) of one and the same text.
     */
    private Map<MarkupSpans.Kind, List<TextSpan>> markup() {
        // The view model's copy: asking the area would join all its paragraphs into a new string.
        String text = vm.textProperty().get();
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
    public void mark(List<TextSpan> spans, String styleClass) {
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
    public void replaceAll(String text) {
        area.getUndoManager().preventMerge();
        area.replaceText(text);
        area.getUndoManager().preventMerge();
        area.moveTo(0);
        area.requestFollowCaret();
        area.requestFocus();
    }

    /**
     * Ctrl+B and Ctrl+I: wraps the selection in Markdown's bold or italic marks, or takes them away
     * when it already stands in them; one edit, which Undo takes back.
     */
    public void toggleMarkup(String mark) {
        if (area.isDisable()) {
            return;
        }
        IndexRange selected = area.getSelection();
        MarkdownToggle.Edit e = MarkdownToggle.toggle(area.getText(), selected.getStart(), selected.getEnd(), mark);
        area.replaceText(e.start(), e.end(), e.replacement());
        area.selectRange(e.selectStart(), e.selectEnd());
        area.requestFocus();
    }

    public StyleClassedTextArea area() {
        return area;
    }

    public Node root() {
        return root;
    }

    public void dispose() {
        vm.live().stopPauses();
        subscriptions.unsubscribe();
    }
}
