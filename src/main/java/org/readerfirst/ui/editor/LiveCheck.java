package org.readerfirst.ui.editor;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reactfx.EventSource;
import org.reactfx.EventStream;
import org.readerfirst.core.curation.PublishedText;
import org.readerfirst.core.curation.PublishedTexts;
import org.readerfirst.core.curation.SourceText;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.CheckResult;
import org.readerfirst.core.model.CheckSettings;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.TextSnapshot;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.grammar.GrammarOptions;
import org.readerfirst.grammar.GrammarResult;

/**
 * The live check of one editor, from the edits in to one result out.
 *
 * <p>Edits come in as they happen ({@link #edited}); every edit, and every change of what the check
 * depends on (surface, language, the writer's choices, the rules, the source), bumps a revision. Once
 * typing pauses, the rules check a snapshot of the text on the check executor, and after a longer
 * pause the grammar checker checks the same kind of snapshot. A result for an older revision is never
 * applied, so a slow check cannot paint underlines onto text that has moved on. The rules' findings
 * and the grammar findings of the same text are merged into one result ({@link #lastResultProperty}),
 * which the editor's underlines ({@link #findingsChanged}) and the check panel both show.
 *
 * <p>Everything here runs on one thread, the FX thread in the app: results are handed back through
 * the {@code fx} executor. The pauses run only once {@link #checkAfterPauses} was called (the editor's
 * view does when it shows); without it, checks run when asked for, as tests do.
 */
public final class LiveCheck {

    /** How long typing must pause before the rules check: short, so that findings follow the writer. */
    public static final Duration CHECK_PAUSE = Duration.ofMillis(50);
    /** Grammar and spelling take longer, and wait for a longer pause. */
    public static final Duration GRAMMAR_PAUSE = Duration.ofMillis(200);

    private static final System.Logger LOG = System.getLogger(LiveCheck.class.getName());

    private final ObjectProperty<RuleEngine> engine = new SimpleObjectProperty<>();
    private final Executor checkExecutor;
    private final GrammarChecker grammar;
    private final Executor fx;
    private final Language messageLanguage;
    private final Supplier<TextSnapshot> now;
    private CheckSettings settings;
    private GrammarOptions grammarOptions;
    private SourceText source;
    private List<PublishedText> published = List.of();

    private final ReadOnlyObjectWrapper<Language> detected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CheckResult> lastResult = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private final TrackedFindings tracked = new TrackedFindings();
    private final TrackedFindings grammarTracked = new TrackedFindings();
    private final ObservableList<String> grammarNotices = FXCollections.observableArrayList();
    private final EventSource<Void> findingsChanged = new EventSource<>();
    private final EventSource<Void> recheckRequests = new EventSource<>();
    private CheckResult ruleResult;
    private long revision;
    /** Where the writer's last keystroke left the text, or -1 after any other edit. */
    private int typingAt = -1;
    private Pauses.Pause rulesPause;
    private Pauses.Pause grammarPause;

    /**
     * @param now the text to check as it is now, with its surface and language
     * @param fx where results are handed back: the FX thread in the app
     */
    public LiveCheck(RuleEngine engine, Executor checkExecutor, GrammarChecker grammar, Executor fx,
                     Language messageLanguage, Supplier<TextSnapshot> now) {
        this.engine.set(Objects.requireNonNull(engine, "engine"));
        this.checkExecutor = Objects.requireNonNull(checkExecutor, "checkExecutor");
        this.grammar = Objects.requireNonNull(grammar, "grammar");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.messageLanguage = messageLanguage;
        this.now = Objects.requireNonNull(now, "now");
        this.settings = CheckSettings.defaults().withMessageLanguage(messageLanguage);
        this.grammarOptions = GrammarOptions.defaults().withMessageLanguage(messageLanguage);
    }

    /**
     * From now on the text is checked by itself once typing pauses, and after any other change that
     * asks for a check, until {@link #stopPauses}.
     */
    public void checkAfterPauses(Pauses pauses) {
        stopPauses();
        rulesPause = pauses.after(CHECK_PAUSE, this::checkRulesNow);
        grammarPause = pauses.after(GRAMMAR_PAUSE, this::startGrammarCheck);
    }

    public void stopPauses() {
        if (rulesPause != null) {
            rulesPause.stop();
            grammarPause.stop();
            rulesPause = null;
            grammarPause = null;
        }
    }

    /** One edit of the text, as it happens: the findings move with their words and the pauses start again. */
    public void edited(int position, int removed, int inserted) {
        revision++;
        // One character, or one written as two chars: a keystroke, not a paste or a draft opened.
        typingAt = removed == 0 && inserted > 0 && inserted <= 2 ? position + inserted : -1;
        tracked.edited(position, removed, inserted);
        grammarTracked.edited(position, removed, inserted);
        restartPauses();
    }

    /** Another text altogether (a draft opened, or none): the old findings go. */
    public void replaced() {
        revision++;
        tracked.clear();
        grammarTracked.clear();
        ruleResult = null;
        grammarNotices.clear();
        lastResult.set(null);
        detected.set(null);
    }

    /** The same text needs checking again: its surface or language changed, or what the check uses. */
    public void recheck() {
        revision++;
        recheckRequests.push(null);
        restartPauses();
    }

    private void restartPauses() {
        if (rulesPause != null) {
            rulesPause.restart();
            grammarPause.restart();
        }
    }

    /** The rules check after the pause, its result shown when it comes unless the text moved on. */
    private void checkRulesNow() {
        startRulesCheck().whenCompleteAsync((outcome, error) -> {
            if (error != null) {
                checkFailed(error);
            } else {
                apply(outcome);
            }
        }, fx);
    }

    /**
     * Checks the text as it is now with the rules (the future yields the result with its revision) and
     * with the grammar checker, whose result is applied by itself when it comes.
     */
    public CompletableFuture<CheckOutcome> startCheck() {
        CompletableFuture<CheckOutcome> rules = startRulesCheck();
        startGrammarCheck();
        return rules;
    }

    /** The rules' half of {@link #startCheck()}: quick, so it runs soon after a keystroke. */
    public CompletableFuture<CheckOutcome> startRulesCheck() {
        long at = revision;
        TextSnapshot snapshot = now.get();
        RuleEngine rules = engine.get();
        // A draft is counted against the publishing log as if it went out now, at this check.
        CheckSettings with = settings.publishing().map(p -> settings.withPublishing(
                p.at(Instant.now()))).orElse(settings)
                .withSource(source).withPublished(published);
        checking.set(true);
        return CompletableFuture.supplyAsync(() -> new CheckOutcome(at, rules.check(snapshot, with)), checkExecutor);
    }

    /** The grammar half of {@link #startCheck()}: applied by itself when it comes, unless the text moved on. */
    public void startGrammarCheck() {
        long at = revision;
        grammar.check(now.get(), grammarOptions).thenAcceptAsync(result -> applyGrammar(at, result), fx);
    }

    /** Shows a check's findings, unless the text has changed since its snapshot. */
    public boolean apply(CheckOutcome outcome) {
        if (outcome.revision() != revision) {
            return false;
        }
        CheckResult result = outcome.result();
        tracked.reset(result.findings());
        ruleResult = result;
        detected.set(result.language());
        checking.set(false);
        publish();
        return true;
    }

    /**
     * Shows grammar and spelling findings with the rules' findings, unless the text has changed since
     * the snapshot they were checked in; a check that a newer one cancelled never gets here.
     */
    public boolean applyGrammar(long checkedAt, GrammarResult result) {
        if (checkedAt != revision) {
            return false;
        }
        grammarTracked.reset(result.findings());
        retainApplyingGrammar();
        grammarNotices.setAll(result.notices());
        publish();
        return true;
    }

    public void checkFailed(Throwable error) {
        LOG.log(Level.ERROR, "A check failed", error);
        checking.set(false);
    }

    /** The revision a check started now would belong to, for tests that hand results in by hand. */
    public long revision() {
        return revision;
    }

    /** The one result: the rules' check with the grammar findings of the same text added. */
    private void publish() {
        if (ruleResult != null) {
            List<Finding> all = new ArrayList<>(ruleResult.findings());
            all.addAll(grammarTracked.checked());
            lastResult.set(ruleResult.withFindings(all));
        }
        findingsChanged.push(null);
    }

    /** Keeps the grammar findings that, as the text is now, survive the dictionary, ignored rules and dismissals. */
    private void retainApplyingGrammar() {
        String all = now.get().text();
        grammarTracked.retain(f -> grammarApplies(f, all));
    }

    private boolean grammarApplies(Finding f, String all) {
        if (f.end() > all.length() || !grammarOptions.keeps(f, all.substring(f.start(), f.end()))) {
            return false;
        }
        if (f.category() == Category.SPELLING && beingTyped(f, all)) {
            return false;
        }
        return settings.dismissals().stream().noneMatch(d -> d.covers(f, all));
    }

    /**
     * A word the writer is still typing is not misspelt yet: "recom" on the way to "recommend". It is
     * checked once the writer types past it (a space, a full stop) or edits elsewhere.
     */
    private boolean beingTyped(Finding f, String all) {
        return f.end() == typingAt && typingAt <= all.length() && Character.isLetter(all.charAt(typingAt - 1));
    }

    /** The findings of the last check, where their text is now. */
    public List<Finding> currentFindings() {
        List<Finding> all = new ArrayList<>(tracked.current());
        all.addAll(grammarTracked.current());
        all.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
        return all;
    }

    /**
     * The findings of the last check, as the check gave them, whose text is now around {@code position}:
     * for the menu on an underlined word. Findings about the whole draft are not under any word.
     */
    public List<Finding> findingsAt(int position) {
        List<Finding> out = new ArrayList<>();
        for (TrackedFindings t : List.of(tracked, grammarTracked)) {
            for (Finding f : t.checked()) {
                if (!f.pointsAtWords()) {
                    continue;
                }
                t.spanOf(f).filter(s -> s.start() <= position && position <= s.end()).ifPresent(s -> out.add(f));
            }
        }
        return out;
    }

    /** Where a finding of the last check is now; empty if its text has been deleted. */
    public Optional<TextSpan> spanOf(Finding finding) {
        Optional<TextSpan> span = tracked.spanOf(finding);
        return span.isPresent() ? span : grammarTracked.spanOf(finding);
    }

    /** The text a finding of the last check is about now; empty if it has been deleted. */
    public Optional<String> textOf(Finding finding) {
        String all = now.get().text();
        return spanOf(finding).filter(s -> s.end() <= all.length()).map(s -> all.substring(s.start(), s.end()));
    }

    /**
     * The writer's choices that shape the check (dismissals, rules turned off, audience); the text
     * is checked again with them. The message language stays the editor's.
     */
    public void setSettings(CheckSettings newSettings) {
        CheckSettings with = newSettings.withMessageLanguage(messageLanguage);
        if (!with.equals(settings)) {
            settings = with;
            grammarChoicesChanged();
        }
    }

    public CheckSettings settings() {
        return settings;
    }

    /**
     * The writer's dictionary, ignored rules and English variant: the grammar findings they rule out
     * go at once, and the text is checked again with them.
     */
    public void setGrammarOptions(GrammarOptions options) {
        GrammarOptions with = options.withMessageLanguage(messageLanguage);
        if (!with.equals(grammarOptions)) {
            grammarOptions = with;
            grammarChoicesChanged();
        }
    }

    public GrammarOptions grammarOptions() {
        return grammarOptions;
    }

    private void grammarChoicesChanged() {
        retainApplyingGrammar();
        publish();
        recheck();
    }

    /**
     * The source the draft shares and the writer's earlier published drafts, for the curation checks;
     * the text is checked again with them. A null source compares with none.
     */
    public void setCuration(SourceText newSource, List<PublishedText> earlier) {
        // Indexed here, once for this draft's opening, not at each check.
        List<PublishedText> copy = PublishedTexts.of(earlier);
        if (newSource != source || !copy.equals(published)) {
            source = newSource;
            published = copy;
            recheck();
        }
    }

    /** Rules freshly loaded from the packs: the text is checked again with them. */
    public void setEngine(RuleEngine newEngine) {
        engine.set(Objects.requireNonNull(newEngine, "newEngine"));
        recheck();
    }

    public RuleEngine engine() {
        return engine.get();
    }

    public ReadOnlyObjectProperty<RuleEngine> engineProperty() {
        return engine;
    }

    /** Fires when the findings to underline have changed: a check landed, or a choice ruled some out. */
    public EventStream<Void> findingsChanged() {
        return findingsChanged;
    }

    /** Fires when the same text needs a new check. */
    public EventStream<Void> recheckRequests() {
        return recheckRequests;
    }

    /** What the last grammar check says about itself: parts not checked, a checker not installed. */
    public ObservableList<String> grammarNotices() {
        return grammarNotices;
    }

    /** The language the last check used, when the draft's language is Auto. */
    public ReadOnlyObjectProperty<Language> detectedLanguageProperty() {
        return detected.getReadOnlyProperty();
    }

    /** The one result the underlines and the panel show; null before the first check of a text. */
    public ReadOnlyObjectProperty<CheckResult> lastResultProperty() {
        return lastResult.getReadOnlyProperty();
    }

    /** Whether a rules check is under way for a text that has no result yet. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }
}
