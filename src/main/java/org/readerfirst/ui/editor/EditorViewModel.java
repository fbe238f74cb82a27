package org.readerfirst.ui.editor;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.reactfx.EventSource;
import org.reactfx.EventStream;
import org.readerfirst.core.curation.PublishedText;
import org.readerfirst.core.curation.SourceText;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.CheckResult;
import org.readerfirst.core.model.CheckSettings;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.PublishingPlan;
import org.readerfirst.core.model.TextSnapshot;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.grammar.GrammarOptions;
import org.readerfirst.grammar.GrammarResult;
import org.readerfirst.ui.common.Messages;

/**
 * The open draft: its text, surface and language, the character count against the surface's
 * limit, and the findings of the latest check.
 *
 * <p>Checks run on the injected executor and touch only core objects. Every edit and every change
 * of surface or language bumps a revision; a result for an older revision is never applied, so a
 * slow check cannot paint underlines onto text that has moved on.
 *
 * <p>Grammar and spelling are checked from the same snapshot by the grammar checker, whose result
 * comes back on the FX executor and joins the rules' findings under the same revision test.
 */
public final class EditorViewModel {

    private static final System.Logger LOG = System.getLogger(EditorViewModel.class.getName());

    private final ObjectProperty<RuleEngine> engine = new SimpleObjectProperty<>();
    private final Executor checkExecutor;
    private final GrammarChecker grammar;
    private final Executor fx;
    private final Language messageLanguage;
    private CheckSettings settings;
    private GrammarOptions grammarOptions;
    private SourceText source;
    private List<PublishedText> published = List.of();

    private final ReadOnlyObjectWrapper<Draft> draft = new ReadOnlyObjectWrapper<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<ContentType> type = new SimpleObjectProperty<>(ContentType.POST);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.AUTO);
    private final ReadOnlyObjectWrapper<Language> detected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CheckResult> lastResult = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty checking = new SimpleBooleanProperty(false);
    private final ObjectBinding<OptionalInt> limit;
    private final BooleanBinding overLimit;
    private final StringBinding counterText;
    private final TrackedFindings tracked = new TrackedFindings();
    private final TrackedFindings grammarTracked = new TrackedFindings();
    private final ObservableList<String> grammarNotices = FXCollections.observableArrayList();
    private final EventSource<Void> findingsChanged = new EventSource<>();
    private CheckResult ruleResult;
    private final EventSource<Draft> loads = new EventSource<>();
    private final EventSource<Void> recheckRequests = new EventSource<>();
    private long revision;
    /** Where the writer's last keystroke left the text, or -1 after any other edit. */
    private int typingAt = -1;

    /** An editor with the rules only. */
    public EditorViewModel(RuleEngine engine, Executor checkExecutor, Language messageLanguage) {
        this(engine, checkExecutor, GrammarChecker.none(), Runnable::run, messageLanguage);
    }

    /**
     * @param grammar checks grammar and spelling alongside the rules
     * @param fx where grammar results are handed over: the FX thread in the app
     */
    public EditorViewModel(RuleEngine engine, Executor checkExecutor, GrammarChecker grammar, Executor fx,
                    Language messageLanguage) {
        this.engine.set(Objects.requireNonNull(engine, "engine"));
        this.checkExecutor = Objects.requireNonNull(checkExecutor, "checkExecutor");
        this.grammar = Objects.requireNonNull(grammar, "grammar");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.messageLanguage = messageLanguage;
        this.settings = CheckSettings.defaults().withMessageLanguage(messageLanguage);
        this.grammarOptions = GrammarOptions.defaults().withMessageLanguage(messageLanguage);
        limit = Bindings.createObjectBinding(() -> this.engine.get().book().limits().maxChars(type.get()), type,
                this.engine);
        overLimit = Bindings.createBooleanBinding(
                () -> limit.get().isPresent() && text.get().length() > limit.get().getAsInt(), text, limit);
        counterText = Bindings.createStringBinding(() -> limit.get().isPresent()
                ? Messages.get("counter", text.get().length(), limit.get().getAsInt())
                : Messages.get("counter.nolimit", text.get().length()), text, limit);
        type.addListener((obs, was, now) -> surfaceOrLanguageChanged());
        language.addListener((obs, was, now) -> surfaceOrLanguageChanged());
    }

    /** Opens a draft: its text replaces the editor's and the old findings go. */
    public void load(Draft d) {
        revision++;
        forgetFindings();
        draft.set(d);
        type.set(d.type());
        language.set(d.language());
        text.set(d.body());
        loads.push(d);
        recheckRequests.push(null);
    }

    /** The open draft as it is now, with the editor's text, surface and language. */
    public Draft current() {
        Draft d = draft.get();
        if (d == null) {
            return null;
        }
        return new Draft(d.id(), d.title(), text.get(), type.get(), language.get(), d.created(), d.updated());
    }

    /** Leaves the editor empty with no draft open, as after deleting the last one. */
    public void unload() {
        revision++;
        forgetFindings();
        draft.set(null);
        text.set("");
        loads.push(null);
    }

    private void forgetFindings() {
        tracked.clear();
        grammarTracked.clear();
        ruleResult = null;
        grammarNotices.clear();
        lastResult.set(null);
        detected.set(null);
    }

    public void rename(String title) {
        Draft d = draft.get();
        if (d != null) {
            draft.set(d.withTitle(title, Instant.now()));
        }
    }

    /** Called for each plain-text edit, before the text property changes or together with it. */
    public void textEdited(int position, int removed, int inserted) {
        revision++;
        // One character, or one written as two chars: a keystroke, not a paste or a draft opened.
        typingAt = removed == 0 && inserted > 0 && inserted <= 2 ? position + inserted : -1;
        tracked.edited(position, removed, inserted);
        grammarTracked.edited(position, removed, inserted);
    }

    /**
     * Takes a snapshot of the text now, on the calling (FX) thread, and checks it on the worker.
     * The returned task yields the result with the revision it belongs to. The grammar checker gets
     * the same snapshot; its result is applied by itself when it comes.
     */
    public Task<CheckOutcome> startCheck() {
        Task<CheckOutcome> task = startRulesCheck();
        startGrammarCheck();
        return task;
    }

    /** The rules' half of {@link #startCheck()}: quick, so the window starts it soon after a keystroke. */
    public Task<CheckOutcome> startRulesCheck() {
        long at = revision;
        TextSnapshot snapshot = new TextSnapshot(text.get(), type.get(), language.get());
        RuleEngine rules = engine.get();
        // A draft is counted against the publishing log as if it went out now, at this check.
        CheckSettings with = settings.publishing().map(p -> settings.withPublishing(
                new PublishingPlan(p.log(), Instant.now(), p.zone()))).orElse(settings)
                .withSource(source).withPublished(published);
        Task<CheckOutcome> task = new Task<>() {
            @Override
            protected CheckOutcome call() {
                return new CheckOutcome(at, rules.check(snapshot, with));
            }
        };
        checking.set(true);
        checkExecutor.execute(task);
        return task;
    }

    /**
     * The grammar checker's half of {@link #startCheck()}, on a snapshot of the text now; its result is
     * applied by itself when it comes, unless the text has changed by then.
     */
    void startGrammarCheck() {
        long at = revision;
        TextSnapshot snapshot = new TextSnapshot(text.get(), type.get(), language.get());
        GrammarOptions options = grammarOptions;
        grammar.check(snapshot, options).thenAcceptAsync(result -> applyGrammar(at, result), fx);
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
        grammarTracked.retain(this::grammarApplies);
        grammarNotices.setAll(result.notices());
        publish();
        return true;
    }

    /** The revision a check started now would belong to, for tests that hand results in by hand. */
    public long revision() {
        return revision;
    }

    /** The panel's result: the rules' check with the grammar findings of the same text added. */
    private void publish() {
        if (ruleResult != null) {
            List<Finding> all = new ArrayList<>(ruleResult.findings());
            all.addAll(grammarTracked.checked());
            lastResult.set(ruleResult.withFindings(all));
        }
        findingsChanged.push(null);
    }

    /** Whether a grammar finding, as it is now, survives the writer's dictionary, ignored rules and dismissals. */
    private boolean grammarApplies(Finding f) {
        String all = text.get();
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

    public void checkFailed(Throwable error) {
        LOG.log(Level.ERROR, "A check failed", error);
        checking.set(false);
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
     * for the menu on an underlined word.
     */
    public List<Finding> findingsAt(int position) {
        List<Finding> out = new ArrayList<>();
        for (TrackedFindings t : List.of(tracked, grammarTracked)) {
            for (Finding f : t.checked()) {
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
        String all = text.get();
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
        grammarTracked.retain(this::grammarApplies);
        publish();
        surfaceOrLanguageChanged();
    }

    /**
     * The source the draft shares and the writer's earlier published drafts, for the curation checks;
     * the text is checked again with them. A null source compares with none.
     */
    public void setCuration(SourceText newSource, List<PublishedText> earlier) {
        List<PublishedText> copy = List.copyOf(earlier);
        if (newSource != source || !copy.equals(published)) {
            source = newSource;
            published = copy;
            surfaceOrLanguageChanged();
        }
    }

    public CheckSettings settings() {
        return settings;
    }

    /** Rules freshly loaded from the packs: the text is checked again with them. */
    public void setEngine(RuleEngine newEngine) {
        engine.set(Objects.requireNonNull(newEngine, "newEngine"));
        surfaceOrLanguageChanged();
    }

    public RuleEngine engine() {
        return engine.get();
    }

    private void surfaceOrLanguageChanged() {
        revision++;
        recheckRequests.push(null);
    }

    /** Drafts as they are loaded, for the view to put their text into the editor. */
    public EventStream<Draft> loads() {
        return loads;
    }

    /** Fires when the findings to underline have changed: a check landed, or a choice ruled some out. */
    public EventStream<Void> findingsChanged() {
        return findingsChanged;
    }

    /** What the last grammar check says about itself: parts not checked, a checker not installed. */
    public ObservableList<String> grammarNotices() {
        return grammarNotices;
    }

    /** Fires when the findings need a new check although the text is the same. */
    public EventStream<Void> recheckRequests() {
        return recheckRequests;
    }

    public ReadOnlyObjectProperty<Draft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<ContentType> typeProperty() {
        return type;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** The language the last check used, when the draft's language is Auto. */
    public ReadOnlyObjectProperty<Language> detectedLanguageProperty() {
        return detected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CheckResult> lastResultProperty() {
        return lastResult.getReadOnlyProperty();
    }

    public BooleanProperty checkingProperty() {
        return checking;
    }

    public ObjectBinding<OptionalInt> limitProperty() {
        return limit;
    }

    public BooleanBinding overLimitProperty() {
        return overLimit;
    }

    public StringBinding counterTextProperty() {
        return counterText;
    }
}
