package org.readerfirst.ui.editor;

import java.time.Instant;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reactfx.EventSource;
import org.reactfx.EventStream;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.DraftTitles;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.TextSnapshot;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.export.Exporter;
import org.readerfirst.ui.common.Messages;

/**
 * The open draft: its text, surface and language, and the character count against the surface's
 * limit. Its {@link LiveCheck} checks the text as it changes.
 */
public final class EditorViewModel {

    /** The window's names of a new draft, in each language: a title that is one of them follows the text. */
    private static final Set<String> UNTITLED = Messages.inEveryLanguage("drafts.untitled");
    /** Up to this many characters, the counter's count is made on the spot. */
    private static final int COUNT_AT_ONCE = 6_000;

    private final LiveCheck live;
    private final ReadOnlyObjectWrapper<Draft> draft = new ReadOnlyObjectWrapper<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<ContentType> type = new SimpleObjectProperty<>(ContentType.POST);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.AUTO);
    private final ObjectBinding<OptionalInt> limit;
    private final BooleanBinding overLimit;
    private final StringBinding counterText;
    private final EventSource<Draft> loads = new EventSource<>();
    private boolean loading;
    private final ReadOnlyIntegerWrapper linkedInLength = new ReadOnlyIntegerWrapper(0);
    private final Executor countExecutor;
    private final Executor fx;
    private long countAsked;
    private boolean counting;

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
        this.live = new LiveCheck(engine, checkExecutor, grammar, fx, messageLanguage, this::snapshot);
        this.countExecutor = checkExecutor;
        this.fx = fx;
        limit = Bindings.createObjectBinding(() -> live.engine().book().limits().maxChars(type.get()), type,
                live.engineProperty());
        overLimit = Bindings.createBooleanBinding(
                () -> limit.get().isPresent() && linkedInLength.get() > limit.get().getAsInt(), linkedInLength, limit);
        counterText = Bindings.createStringBinding(() -> limit.get().isPresent()
                ? Messages.get("counter", linkedInLength.get(), limit.get().getAsInt())
                : Messages.get("counter.nolimit", linkedInLength.get()), linkedInLength, limit);
        text.addListener((obs, was, now) -> count());
        type.addListener((obs, was, now) -> count());
        language.addListener((obs, was, now) -> count());
        text.addListener((obs, was, now) -> titleFromFirstLine(was, now));
        type.addListener((obs, was, now) -> live.recheck());
        language.addListener((obs, was, now) -> live.recheck());
    }

    /**
     * Counts what LinkedIn will receive (see {@link Exporter#linkedInLength}): at once for a text of
     * a post's size, on the check's thread for a longer one, so that typing in an article never waits.
     */
    private void count() {
        String t = text.get() == null ? "" : text.get();
        ContentType ty = type.get() == null ? ContentType.POST : type.get();
        Language l = language.get() == null ? Language.AUTO : language.get();
        long at = ++countAsked;
        if (t.length() <= COUNT_AT_ONCE) {
            linkedInLength.set(Exporter.linkedInLength(t, ty, l));
            return;
        }
        // One count at a time: keystrokes during a count of a long text wait for it, and only the
        // last of them is counted, so the checks never queue behind a pile of counts.
        if (counting) {
            return;
        }
        counting = true;
        CompletableFuture.supplyAsync(() -> Exporter.linkedInLength(t, ty, l), countExecutor).whenCompleteAsync((n, e) -> {
            counting = false;
            if (at == countAsked && n != null) {
                linkedInLength.set(n);
            } else if (at != countAsked) {
                count();
            }
        }, fx);
    }

    /**
     * A text checked only up to {@code at}: how many of the characters LinkedIn would receive lie
     * before it and after it, in the counter's units so that the two add up to what it shows. Made
     * on the check's thread, handed over on the FX thread.
     */
    public CompletableFuture<int[]> linkedInSplit(TextSnapshot snapshot, int at) {
        return CompletableFuture.supplyAsync(() -> {
            int first = Exporter.linkedInLength(snapshot.text().substring(0, at), snapshot.type(), snapshot.language());
            int all = Exporter.linkedInLength(snapshot.text(), snapshot.type(), snapshot.language());
            return new int[] {Math.min(first, all), Math.max(0, all - first)};
        }, countExecutor).thenApplyAsync(split -> split, fx);
    }

    /** How many characters LinkedIn will receive from the text as it is now (or was a moment ago, for a long one). */
    public ReadOnlyIntegerProperty linkedInLengthProperty() {
        return linkedInLength.getReadOnlyProperty();
    }

    /** The check of this editor's text, live as the writer types. */
    public LiveCheck live() {
        return live;
    }

    /** The text as it is now, with its surface and language: what a check reads. */
    private TextSnapshot snapshot() {
        return new TextSnapshot(text.get(), type.get(), language.get());
    }

    /**
     * Until the writer names the draft, its title is its first line: "Untitled" says nothing in the
     * list, the publishing log or the revisions. A name the writer gave is kept.
     */
    private void titleFromFirstLine(String was, String now) {
        Draft d = draft.get();
        if (d == null || loading || !DraftTitles.follows(d.title(), was, UNTITLED)) {
            return;
        }
        String first = DraftTitles.fromFirstLine(now);
        String title = first.isEmpty() ? Messages.get("drafts.untitled") : first;
        if (!title.equals(d.title()) && !(first.isEmpty() && UNTITLED.contains(d.title()))) {
            draft.set(d.withTitle(title, d.updated()));
        }
    }

    /** Opens a draft: its text replaces the editor's and the old findings go. */
    public void load(Draft d) {
        live.replaced();
        draft.set(d);
        type.set(d.type());
        language.set(d.language());
        loading = true;
        try {
            text.set(d.body());
        } finally {
            loading = false;
        }
        loads.push(d);
        live.recheck();
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
        live.replaced();
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
        live.edited(position, removed, inserted);
    }

    /** Drafts as they are loaded, for the view to put their text into the editor. */
    public EventStream<Draft> loads() {
        return loads;
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
