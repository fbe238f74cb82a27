package org.readerfirst.ui;

import java.lang.System.Logger.Level;
import java.time.Instant;
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
import javafx.concurrent.Task;
import org.reactfx.EventSource;
import org.reactfx.EventStream;
import org.readerfirst.core.model.CheckResult;
import org.readerfirst.core.model.CheckSettings;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.TextSnapshot;
import org.readerfirst.core.rules.RuleEngine;

/**
 * The open draft: its text, surface and language, the character count against the surface's
 * limit, and the findings of the latest check.
 *
 * <p>Checks run on the injected executor and touch only core objects. Every edit and every change
 * of surface or language bumps a revision; a result for an older revision is never applied, so a
 * slow check cannot paint underlines onto text that has moved on.
 */
public final class EditorViewModel {

    private static final System.Logger LOG = System.getLogger(EditorViewModel.class.getName());

    private final ObjectProperty<RuleEngine> engine = new SimpleObjectProperty<>();
    private final Executor checkExecutor;
    private final Language messageLanguage;
    private CheckSettings settings;

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
    private final EventSource<Draft> loads = new EventSource<>();
    private final EventSource<Void> recheckRequests = new EventSource<>();
    private long revision;

    public EditorViewModel(RuleEngine engine, Executor checkExecutor, Language messageLanguage) {
        this.engine.set(Objects.requireNonNull(engine, "engine"));
        this.checkExecutor = Objects.requireNonNull(checkExecutor, "checkExecutor");
        this.messageLanguage = messageLanguage;
        this.settings = CheckSettings.defaults().withMessageLanguage(messageLanguage);
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
        tracked.clear();
        lastResult.set(null);
        detected.set(null);
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
        tracked.clear();
        lastResult.set(null);
        detected.set(null);
        draft.set(null);
        text.set("");
        loads.push(null);
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
        tracked.edited(position, removed, inserted);
    }

    /**
     * Takes a snapshot of the text now, on the calling (FX) thread, and checks it on the worker.
     * The returned task yields the result with the revision it belongs to.
     */
    public Task<CheckOutcome> startCheck() {
        long at = revision;
        TextSnapshot snapshot = new TextSnapshot(text.get(), type.get(), language.get());
        RuleEngine rules = engine.get();
        CheckSettings with = settings;
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

    /** Shows a check's findings, unless the text has changed since its snapshot. */
    public boolean apply(CheckOutcome outcome) {
        if (outcome.revision() != revision) {
            return false;
        }
        CheckResult result = outcome.result();
        tracked.reset(result.findings());
        detected.set(result.language());
        lastResult.set(result);
        checking.set(false);
        return true;
    }

    public void checkFailed(Throwable error) {
        LOG.log(Level.ERROR, "A check failed", error);
        checking.set(false);
    }

    /** The findings of the last check, where their text is now. */
    public List<Finding> currentFindings() {
        return tracked.current();
    }

    /** Where a finding of the last check is now; empty if its text has been deleted. */
    public Optional<TextSpan> spanOf(Finding finding) {
        return tracked.spanOf(finding);
    }

    /**
     * The writer's choices that shape the check (dismissals, rules turned off, audience); the text
     * is checked again with them. The message language stays the editor's.
     */
    public void setSettings(CheckSettings newSettings) {
        CheckSettings with = newSettings.withMessageLanguage(messageLanguage);
        if (!with.equals(settings)) {
            settings = with;
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
