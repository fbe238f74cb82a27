package org.readerfirst.grammar;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.readerfirst.core.lang.LanguageDetector;
import org.readerfirst.core.metrics.Span;
import org.readerfirst.core.metrics.TextSpans;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.TextSnapshot;
import org.readerfirst.core.rules.CheckedPrefix;

/**
 * Grammar and spelling: LanguageTool for English, Voikko for Finnish, on one thread of its own.
 *
 * <p>{@link #start()} builds the checkers in the background; {@link #state(Language)}, the state
 * listeners and {@link #loaded()} tell when they are ready. {@link #check} may be called from any
 * thread, also while loading (the check then waits for it), and returns at once. The futures complete
 * on the grammar thread: a UI hands their results to its own thread. A new check cancels the one
 * before it, whose future then ends cancelled: a result for an older text is never delivered.
 *
 * <p>Text is checked a paragraph at a time and what each paragraph gave is kept, so a re-check after
 * an edit sends only the changed paragraphs to the checker. Rules that look across paragraphs are
 * therefore not applied.
 */
public final class GrammarService implements AutoCloseable {

    /** Longer texts are checked up to here, as far as the rules check them. */
    public static final int MAX_CHARS = CheckedPrefix.MAX_CHARS;

    private static final System.Logger LOG = System.getLogger(GrammarService.class.getName());

    private final ProofreaderFactory factory;
    private final EnglishVariant preloaded;
    private final ExecutorService thread;
    private final AtomicBoolean started = new AtomicBoolean();
    private final Map<Language, GrammarState> states = new ConcurrentHashMap<>();
    private final List<Consumer<GrammarState>> listeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();
    private final AtomicReference<CompletableFuture<GrammarResult>> latest = new AtomicReference<>();
    private final AtomicLong paragraphsChecked = new AtomicLong();
    private final LanguageDetector detector = new LanguageDetector(Language.ENGLISH);

    // Touched by the grammar thread only.
    private final Map<EnglishVariant, Proofreader> english = new EnumMap<>(EnglishVariant.class);
    private Proofreader finnish;
    private final ParagraphCache cache = new ParagraphCache(4_000, 2_000_000);

    /** English as the text spells it through LanguageTool, and Finnish through the system's Voikko if installed. */
    public GrammarService() {
        this(EnglishVariant.AUTOMATIC, VoikkoLocation.system());
    }

    /** @param preload the English variant built at start; the other is built when first asked for */
    public GrammarService(EnglishVariant preload, VoikkoLocation voikko) {
        this(ProofreaderFactory.standard(voikko), preload);
    }

    GrammarService(ProofreaderFactory factory, EnglishVariant preload) {
        this.factory = factory;
        this.preloaded = preload;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "readerfirst-grammar");
            t.setDaemon(true);
            return t;
        });
        states.put(Language.ENGLISH, GrammarState.loading(Language.ENGLISH));
        states.put(Language.FINNISH, GrammarState.loading(Language.FINNISH));
    }

    /** Starts building the checkers in the background; calling it again does nothing. */
    public GrammarService start() {
        if (started.compareAndSet(false, true)) {
            try {
                thread.execute(this::load);
            } catch (RejectedExecutionException e) {
                loaded.complete(null);
            }
        }
        return this;
    }

    /** Called on the grammar thread each time a language's state changes. */
    public void addStateListener(Consumer<GrammarState> listener) {
        listeners.add(listener);
    }

    public GrammarState state(Language language) {
        GrammarState s = states.get(language);
        if (s == null) {
            throw new IllegalArgumentException("no grammar checker for " + language);
        }
        return s;
    }

    /** Completes when every language is READY or UNAVAILABLE. */
    public CompletableFuture<Void> loaded() {
        return loaded.copy();
    }

    /** How many paragraphs have gone to a checker rather than come from what was kept. */
    public long paragraphsChecked() {
        return paragraphsChecked.get();
    }

    /**
     * Checks a snapshot's grammar and spelling; a snapshot in AUTO is checked in the language detected.
     * Never completes exceptionally: trouble inside a checker becomes a notice in the result.
     */
    public CompletableFuture<GrammarResult> check(TextSnapshot snapshot, GrammarOptions options) {
        CompletableFuture<GrammarResult> future = new CompletableFuture<>();
        CompletableFuture<GrammarResult> previous = latest.getAndSet(future);
        if (previous != null) {
            previous.cancel(false);
        }
        start();
        try {
            thread.execute(() -> run(snapshot, options, future));
        } catch (RejectedExecutionException e) {
            future.complete(unavailable(language(snapshot), "grammar checking has stopped"));
        }
        return future;
    }

    @Override
    public void close() {
        CompletableFuture<GrammarResult> last = latest.getAndSet(null);
        if (last != null) {
            last.cancel(false);
        }
        try {
            thread.execute(this::closeCheckers);
        } catch (RejectedExecutionException e) {
            return;
        }
        thread.shutdown();
    }

    private void load() {
        try {
            finnish = factory.finnish();
            setState(GrammarState.ready(Language.FINNISH));
        } catch (VoikkoUnavailableException e) {
            LOG.log(System.Logger.Level.INFO, e.getMessage() + " (" + e.getCause() + ")");
            setState(GrammarState.unavailable(Language.FINNISH, e.getMessage()));
        } catch (Exception | LinkageError e) {
            LOG.log(System.Logger.Level.WARNING, "Voikko could not be opened", e);
            setState(GrammarState.unavailable(Language.FINNISH, GrammarTexts.VOIKKO_MISSING));
        }
        try {
            english.put(preloaded.checkedAs(), factory.english(preloaded.checkedAs()));
            setState(GrammarState.ready(Language.ENGLISH));
        } catch (Exception | OutOfMemoryError | LinkageError e) {
            LOG.log(System.Logger.Level.WARNING, "LanguageTool could not be built", e);
            setState(GrammarState.unavailable(Language.ENGLISH,
                    "English grammar checking could not be loaded: " + e));
        }
        loaded.complete(null);
    }

    private void setState(GrammarState state) {
        states.put(state.language(), state);
        for (Consumer<GrammarState> l : listeners) {
            try {
                l.accept(state);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a grammar state listener failed", e);
            }
        }
    }

    private void closeCheckers() {
        List<Proofreader> all = new ArrayList<>(english.values());
        if (finnish != null) {
            all.add(finnish);
        }
        for (Proofreader p : all) {
            try {
                p.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "a grammar checker did not close cleanly", e);
            }
        }
        finnish = null;
        english.clear();
    }

    private Language language(TextSnapshot snapshot) {
        return snapshot.language() == Language.AUTO ? detector.detect(snapshot.text()) : snapshot.language();
    }

    private void run(TextSnapshot snapshot, GrammarOptions options, CompletableFuture<GrammarResult> future) {
        BooleanSupplier cancelled = () -> future.isDone() || Thread.currentThread().isInterrupted();
        if (cancelled.getAsBoolean()) {
            return;
        }
        GrammarResult result;
        try {
            result = check(snapshot, options, cancelled);
        } catch (Throwable e) {
            // Whatever went wrong, the writer gets an answer and the thread lives on.
            LOG.log(System.Logger.Level.WARNING, "grammar check failed", e);
            result = unavailable(language(snapshot), GrammarTexts.UNAVAILABLE_FOR_TEXT);
        }
        if (result != null) {
            future.complete(result);
        }
        latest.compareAndSet(future, null);
    }

    /** Paragraphs shorter than this take the language of the whole text: too little to tell. */
    private static final int MIN_DETECTABLE = 40;

    /**
     * Null when cancelled. In AUTO each paragraph goes to the checker of its own language, so the
     * Finnish paragraph of a mostly English draft is not spelt out as English mistakes.
     */
    private GrammarResult check(TextSnapshot snapshot, GrammarOptions options, BooleanSupplier cancelled) {
        String text = snapshot.text();
        Language whole = language(snapshot);
        int limit = CheckedPrefix.end(text);
        List<Finding> findings = new ArrayList<>();
        Set<String> notices = new LinkedHashSet<>();
        Map<Language, Optional<Proofreader>> proofreaders = new EnumMap<>(Language.class);
        boolean failed = false;
        int checked = 0;
        int skipped = 0;
        for (Span span : TextSpans.paragraphs(text)) {
            if (span.start() >= limit) {
                break;
            }
            if (cancelled.getAsBoolean()) {
                return null;
            }
            String paragraph = text.substring(span.start(), Math.min(span.end(), limit));
            Language language = snapshot.language() != Language.AUTO || paragraph.length() < MIN_DETECTABLE
                    ? whole : detector.detect(paragraph, whole);
            Optional<Proofreader> proofreader = proofreaders.get(language);
            if (proofreader == null) {
                proofreader = open(language, options.variant(), notices);
                proofreaders.put(language, proofreader);
            }
            if (proofreader.isEmpty()) {
                skipped++;
                continue;
            }
            checked++;
            EnglishVariant variant = language == Language.ENGLISH ? options.variant().checkedAs() : null;
            ParagraphCache.Key key = new ParagraphCache.Key(language, variant, options.messageLanguage(), paragraph);
            List<Finding> raw = cache.get(key);
            if (raw == null) {
                paragraphsChecked.incrementAndGet();
                try {
                    raw = proofreader.get().check(paragraph, options, cancelled);
                } catch (Exception | StackOverflowError e) {
                    if (cancelled.getAsBoolean()) {
                        return null;
                    }
                    LOG.log(System.Logger.Level.WARNING, "a paragraph could not be checked", e);
                    failed = true;
                    continue;
                } catch (OutOfMemoryError e) {
                    // Give the memory back and stop: the rest would likely fail the same way.
                    LOG.log(System.Logger.Level.WARNING, "a paragraph could not be checked: out of memory");
                    failed = true;
                    break;
                }
                if (cancelled.getAsBoolean()) {
                    return null;
                }
                cache.put(key, raw);
            }
            for (Finding f : raw) {
                if (options.keeps(f, paragraph.substring(f.start(), f.end()))) {
                    findings.add(f.shifted(span.start()));
                }
            }
        }
        if (checked == 0 && skipped > 0) {
            return new GrammarResult(whole, List.of(), List.copyOf(notices), 0, false);
        }
        if (failed) {
            notices.add(GrammarTexts.UNAVAILABLE_FOR_TEXT);
        }
        return new GrammarResult(whole, SpellingJudgement.judge(text, findings, options, englishWords(), finnishWords()), List.copyOf(notices), limit,
                !failed && skipped == 0 && limit == text.length());
    }

    /** The English dictionary, to tell an English word in a Finnish text; null when none is loaded. */
    private java.util.function.Predicate<String> englishWords() {
        Proofreader p = english.values().stream().findFirst().orElse(null);
        return p == null ? null : p::knows;
    }

    /** The Finnish dictionary, to tell a Finnish word in an English paragraph; null without Voikko. */
    private java.util.function.Predicate<String> finnishWords() {
        Proofreader p = finnish;
        return p == null ? null : p::knows;
    }

    /** The checker of a language, or empty with the reason added to the notices. */
    private Optional<Proofreader> open(Language language, EnglishVariant variant, Set<String> notices) {
        try {
            Proofreader p = proofreader(language, variant);
            if (p == null) {
                String reason = state(language).reason();
                notices.add(reason.isEmpty() ? GrammarTexts.UNAVAILABLE_FOR_TEXT : reason);
            }
            return Optional.ofNullable(p);
        } catch (Exception | OutOfMemoryError | LinkageError e) {
            LOG.log(System.Logger.Level.WARNING, "LanguageTool could not be built", e);
            notices.add(GrammarTexts.UNAVAILABLE_FOR_TEXT);
            return Optional.empty();
        }
    }

    private Proofreader proofreader(Language language, EnglishVariant variant) throws Exception {
        if (language == Language.FINNISH) {
            return finnish;
        }
        if (!state(Language.ENGLISH).isReady()) {
            return null;
        }
        EnglishVariant dictionary = variant.checkedAs();
        Proofreader p = english.get(dictionary);
        if (p == null) {
            p = factory.english(dictionary);
            english.put(dictionary, p);
        }
        return p;
    }

    private static GrammarResult unavailable(Language language, String reason) {
        return new GrammarResult(language, List.of(), List.of(reason), 0, false);
    }
}
