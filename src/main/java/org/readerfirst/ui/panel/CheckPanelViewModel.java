package org.readerfirst.ui.panel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.reactfx.EventSource;
import org.reactfx.EventStream;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.CheckResult;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Score;
import org.readerfirst.core.model.Severity;
import org.readerfirst.grammar.GrammarRuleIds;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.editor.EditorViewModel;
import org.readerfirst.ui.editor.FindingActions;
import org.readerfirst.ui.editor.TextReplacement;
import org.readerfirst.ui.editor.TextSpan;

/**
 * The check panel's state: the last check's findings grouped by category (the group with the worst
 * finding first), the count of each severity, and what to say when there is nothing to list.
 */
public final class CheckPanelViewModel implements FindingActions {

    /** What the panel shows instead of rows. */
    public enum State { EMPTY_TEXT, CHECKING, CLEAN, FINDINGS }

    /** The score before the first check of a text, and for no text at all. */
    public static final int NO_SCORE = -1;

    /** A category that has findings, with its own score and the colour of its chip ({@link #chipBand}). */
    public record CategoryScore(Category category, int score, String band) {
    }

    private final EditorViewModel editor;
    private final CheckChoicesViewModel choices;
    private final GrammarChoicesViewModel grammarChoices;
    private final ObservableList<String> notices = FXCollections.observableArrayList();
    /** Notices the writer has closed: each is said once a session, not at every check. */
    private final Set<String> closedNotices = new HashSet<>();
    private boolean uncheckedClosed;
    private final ReadOnlyIntegerWrapper score = new ReadOnlyIntegerWrapper(NO_SCORE);
    private final ReadOnlyStringWrapper scoreBand = new ReadOnlyStringWrapper("none");
    /** The check whose unchecked rest the notice's figures are being or were worked out for. */
    private CheckResult uncheckedFor;
    private String uncheckedText;
    private final ObservableList<CategoryScore> breakdown = FXCollections.observableArrayList();
    private final ObservableList<PanelRow> rows = FXCollections.observableArrayList();
    private final Map<Severity, ReadOnlyIntegerWrapper> counts = new EnumMap<>(Severity.class);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.EMPTY_TEXT);
    private final EventSource<TextSpan> reveals = new EventSource<>();
    private final EventSource<TextReplacement> fixes = new EventSource<>();
    private final EventSource<Category> guidance = new EventSource<>();
    private final EventSource<Finding> cards = new EventSource<>();

    public CheckPanelViewModel(EditorViewModel editor, CheckChoicesViewModel choices,
                               GrammarChoicesViewModel grammarChoices) {
        this.editor = editor;
        this.choices = choices;
        this.grammarChoices = grammarChoices;
        editor.live().grammarNotices().addListener((ListChangeListener<String>) c -> showNotices());
        for (Severity s : Severity.values()) {
            counts.put(s, new ReadOnlyIntegerWrapper(0));
        }
        editor.live().lastResultProperty().addListener((obs, was, now) -> show(now));
        editor.live().checkingProperty().addListener((obs, was, now) -> updateState());
        editor.textProperty().addListener((obs, was, now) -> updateState());
    }

    private void show(CheckResult result) {
        List<Finding> findings = result == null ? List.of() : result.findings();
        for (Severity s : Severity.values()) {
            counts.get(s).set((int) findings.stream().filter(f -> f.severity() == s).count());
        }
        relist(group(findings));
        showScore(result);
        updateState();
        showNotices();
    }

    /**
     * Keeps every row that shows the same line as before (see {@link PanelRow.Item#sameLine}),
     * updating its finding in place, and changes the list only where lines came, went or moved.
     */
    private void relist(List<PanelRow> next) {
        int size = rows.size();
        int head = 0;
        while (head < Math.min(size, next.size()) && sameLine(rows.get(head), next.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < Math.min(size, next.size()) - head
                && sameLine(rows.get(size - 1 - tail), next.get(next.size() - 1 - tail))) {
            tail++;
        }
        for (int i = 0; i < head; i++) {
            keep(rows.get(i), next.get(i));
        }
        for (int i = 0; i < tail; i++) {
            keep(rows.get(size - 1 - i), next.get(next.size() - 1 - i));
        }
        if (head + tail < Math.max(size, next.size())) {
            if (size - tail > head) {
                rows.remove(head, size - tail);
            }
            rows.addAll(head, next.subList(head, next.size() - tail));
        }
    }

    private static boolean sameLine(PanelRow was, PanelRow now) {
        if (was instanceof PanelRow.Item a && now instanceof PanelRow.Item b) {
            return a.sameLine(b);
        }
        return was.equals(now);
    }

    private static void keep(PanelRow shown, PanelRow now) {
        if (shown instanceof PanelRow.Item a && now instanceof PanelRow.Item b) {
            a.update(b.finding());
        }
    }

    private void showScore(CheckResult result) {
        if (result == null || result.snapshot().text().isBlank()) {
            score.set(NO_SCORE);
            scoreBand.set("none");
            breakdown.clear();
            return;
        }
        Score s = result.score();
        score.set(s.total());
        Set<Category> withErrors = result.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::category).collect(Collectors.toSet());
        scoreBand.set(band(s.total(), !withErrors.isEmpty()));
        List<CategoryScore> next = result.findings().stream().map(Finding::category).distinct()
                .map(c -> new CategoryScore(c, s.categories().get(c), chipBand(s.categories().get(c), withErrors.contains(c))))
                .sorted(Comparator.comparingInt(CategoryScore::score).thenComparing(CategoryScore::category))
                .toList();
        if (!next.equals(breakdown)) {
            breakdown.setAll(next);
        }
    }

    /**
     * The colour the score is shown in: good from 80, fair from 50, poor below; poor whatever the
     * points while an error stands, so that one error in a short text does not show a green 80.
     */
    public static String band(int score, boolean errorStands) {
        if (errorStands) {
            return "poor";
        }
        return score >= 80 ? "good" : score >= 50 ? "fair" : "poor";
    }

    /** A category's colour: as {@link #band}, but never good while the category costs points. */
    public static String chipBand(int score, boolean errorStands) {
        String band = band(score, errorStands);
        return band.equals("good") && score < 100 ? "fair" : band;
    }

    static List<PanelRow> group(List<Finding> findings) {
        Map<Category, List<Finding>> byCategory = new EnumMap<>(Category.class);
        for (Finding f : findings) {
            byCategory.computeIfAbsent(f.category(), c -> new ArrayList<>()).add(f);
        }
        List<Map.Entry<Category, List<Finding>>> groups = new ArrayList<>(byCategory.entrySet());
        groups.sort(Comparator.comparing((Map.Entry<Category, List<Finding>> e) -> worst(e.getValue()))
                .thenComparing(Map.Entry::getKey));
        List<PanelRow> out = new ArrayList<>();
        for (Map.Entry<Category, List<Finding>> g : groups) {
            out.add(new PanelRow.Heading(g.getKey(), g.getValue().size()));
            g.getValue().stream()
                    .sorted(Comparator.comparing(Finding::severity).thenComparingInt(Finding::start))
                    .forEach(f -> out.add(new PanelRow.Item(f)));
        }
        return out;
    }

    private static Severity worst(List<Finding> findings) {
        return findings.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElse(Severity.HINT);
    }

    private void updateState() {
        if (!rows.isEmpty()) {
            state.set(State.FINDINGS);
        } else if (editor.live().checkingProperty().get() && editor.live().lastResultProperty().get() == null) {
            state.set(State.CHECKING);
        } else if (editor.textProperty().get().isBlank()) {
            state.set(State.EMPTY_TEXT);
        } else {
            state.set(editor.live().lastResultProperty().get() == null ? State.CHECKING : State.CLEAN);
        }
    }

    /**
     * Asks the editor to select the finding's text where it is now; nothing if it was deleted, or if
     * the finding is about the whole draft rather than some of its words.
     */
    public void reveal(Finding finding) {
        if (!finding.pointsAtWords()) {
            return;
        }
        editor.live().spanOf(finding).ifPresent(reveals::push);
    }

    /** Asks the editor to put the fix in place of the finding's words, if they are still there. */
    @Override
    public void applyFix(Finding finding, String replacement) {
        editor.live().spanOf(finding).ifPresent(span -> fixes.push(new TextReplacement(span, replacement)));
    }

    /** Asks for the guidance's page on the principle behind a finding. */
    @Override
    public void showGuidance(Finding finding) {
        guidance.push(finding.category());
    }

    /** The principles the writer asked to read about, one event a request. */
    public EventStream<Category> guidanceRequests() {
        return guidance;
    }

    /** "Not here": the finding stays away from these words in this draft. */
    @Override
    public void dismiss(Finding finding) {
        choices.dismiss(finding);
    }

    /** Turns the finding's check off for every draft; a grammar rule is ignored rather than turned off. */
    public void turnOff(Finding finding) {
        if (isGrammar(finding)) {
            grammarChoices.ignoreRule(finding.ruleId());
        } else {
            choices.turnOff(finding.ruleId());
        }
    }

    /** "Ignore this rule": the grammar rule behind the finding stays quiet in every draft. */
    @Override
    public void ignoreRule(Finding finding) {
        grammarChoices.ignoreRule(finding.ruleId());
    }

    /** "Add to dictionary": the flagged word, as it is in the text now, is never flagged again. */
    @Override
    public void addToDictionary(Finding finding) {
        editor.live().textOf(finding).ifPresent(grammarChoices::addWord);
    }

    /** Findings of the grammar checker (LanguageTool or Voikko) rather than of the rule packs. */
    public static boolean isGrammar(Finding finding) {
        return GrammarRuleIds.isGrammar(finding.ruleId());
    }

    private void showNotices() {
        List<String> all = new ArrayList<>();
        uncheckedNotice().filter(n -> !uncheckedClosed).ifPresent(all::add);
        all.addAll(editor.live().grammarNotices());
        List<String> next = all.stream().filter(n -> !closedNotices.contains(n)).distinct().toList();
        // Each result asks again; the notices' rows are made anew only when they changed.
        if (!next.equals(notices)) {
            notices.setAll(next);
        }
    }

    /**
     * "Checked the first 199,993 characters; ...": a text too long to check whole, and how much was
     * left, in the counter's characters (what LinkedIn receives), so that the two add up to it. The
     * figures are worked out off the FX thread; until they are, the last ones stand.
     */
    private Optional<String> uncheckedNotice() {
        CheckResult result = editor.live().lastResultProperty().get();
        if (result == null || result.uncheckedChars() == 0) {
            uncheckedFor = null;
            uncheckedText = null;
            return Optional.empty();
        }
        if (result != uncheckedFor) {
            uncheckedFor = result;
            editor.linkedInSplit(result.snapshot(), result.checkedChars()).thenAccept(split -> {
                if (uncheckedFor == result) {
                    uncheckedText = Messages.get("panel.notice.unchecked", split[0], split[1]);
                    showNotices();
                }
            });
        }
        return Optional.ofNullable(uncheckedText);
    }

    /**
     * The writer has read the notice: it does not come back this session. That a text is too long is
     * said once, although its figures change with each edit.
     */
    public void closeNotice(String notice) {
        if (uncheckedNotice().filter(notice::equals).isPresent()) {
            uncheckedClosed = true;
        }
        closedNotices.add(notice);
        notices.remove(notice);
    }

    /** What the checks say about themselves (a text too long to check whole, a checker missing), until closed. */
    public ObservableList<String> notices() {
        return notices;
    }

    public ReadOnlyIntegerProperty scoreProperty() {
        return score.getReadOnlyProperty();
    }

    /** The score's colour: good, fair or poor ({@link #band}), or none without a score. */
    public ReadOnlyStringProperty scoreBandProperty() {
        return scoreBand.getReadOnlyProperty();
    }

    public ObservableList<CategoryScore> breakdown() {
        return breakdown;
    }

    /** Replacements the writer chose from the findings' fixes; the editor applies them undoably. */
    @Override
    public EventStream<TextReplacement> fixes() {
        return fixes;
    }

    /** Asks the panel to scroll to the finding's card and mark it, as F8 goes from finding to finding. */
    public void showCard(Finding finding) {
        cards.push(finding);
    }

    /** The findings whose cards the panel is asked to show. */
    public EventStream<Finding> cardRequests() {
        return cards;
    }

    /** Spans to select and scroll to, as the writer picks findings. */
    @Override
    public EventStream<TextSpan> reveals() {
        return reveals;
    }

    public ObservableList<PanelRow> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty countProperty(Severity severity) {
        return counts.get(severity).getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }
}
