package org.readerfirst.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.TextSnapshot;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.core.rules.RulePackLoader;
import org.readerfirst.grammar.GrammarOptions;
import org.readerfirst.grammar.GrammarResult;
import org.readerfirst.grammar.GrammarService;
import org.readerfirst.grammar.GrammarState;
import org.readerfirst.store.DraftStore;
import org.readerfirst.ui.app.MainView;
import org.readerfirst.ui.app.MainViewModel;
import org.readerfirst.ui.editor.LiveCheck;
import org.readerfirst.ui.editor.GrammarChecker;

/**
 * Typing in the real window, headless: a post in a fresh database, the editor and the panel built as
 * the app builds them, LanguageTool loaded before the first keystroke, then one character at a time
 * typed into the editor as a keystroke would be, at a human pace.
 *
 * <p>Each keystroke is measured these ways, in milliseconds:
 * <ul>
 * <li>{@code fx-thread-all}: all the CPU time the FX thread spends from the keystroke to the next one,
 * read from the thread's own CPU clock: the app's listeners, timers and result handling, RichTextFX's
 * insert, and JavaFX's CSS and layout of what changed; painting is on the render thread and not
 * counted. Unlike wall-clock time it does not count time the FX thread waited for a core.</li>
 * <li>{@code rules}: from the keystroke until the panel shows the rules' findings of the new text.
 * This includes the editor's pause before checking ({@link LiveCheck#CHECK_PAUSE}), a design choice;
 * {@code rules-after-pause} is the same from the moment the check starts.</li>
 * <li>{@code grammar}: the same for LanguageTool's findings, and {@code grammar-after-pause}.</li>
 * </ul>
 * So that every keystroke has its own findings to wait for, the next keystroke comes when both are
 * shown, or after the pace if that is later.
 *
 * <p>{@code baseline}: the same keystrokes at the same pace into a bare RichTextFX {@link CodeArea}
 * holding the same post, with no checks, measured as {@code fx-thread-all}: what the editor component
 * alone costs the FX thread on this machine, in the same run.
 */
public final class TypingBench {

    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final long paceNanos;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private volatile Thread fxThread;
    private volatile StyleClassedTextArea area;
    /** The text the latest keystroke left in the editor. */
    private volatile String expected;
    private volatile long rulesShownAt;
    private volatile long checkStartedAt;
    private volatile String grammarText = "";
    private volatile long grammarDoneAt;
    private volatile long grammarShownAt;

    private TypingBench(long paceMillis) {
        this.paceNanos = TimeUnit.MILLISECONDS.toNanos(paceMillis);
    }

    /**
     * Types {@code typed} into {@code post}, at the end of its first paragraph, and returns each
     * measure's milliseconds, one per keystroke after the first {@code warmUp}.
     */
    public static Map<String, double[]> run(String post, String typed, int warmUp, long paceMillis) throws Exception {
        TypingBench bench = new TypingBench(paceMillis);
        Map<String, double[]> measures = bench.measure(post, typed, warmUp);
        measures.put("baseline", bench.baseline(post, typed, warmUp));
        return measures;
    }

    private Map<String, double[]> measure(String post, String typed, int warmUp) throws Exception {
        fxThread = FxBench.startHeadless();
        Path folder = Files.createTempDirectory("readerfirst-typing");
        ExecutorService checks = Executors.newSingleThreadExecutor(FxBench.daemon("readerfirst-check"));
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(FxBench.daemon("readerfirst-save"));
        try (GrammarService grammar = new GrammarService().start()) {
            grammar.loaded().join();
            DraftStore store = DraftStore.open(folder.resolve("typing.db"));
            store.create("Typing", post, ContentType.POST, Language.ENGLISH);
            Lemmatizers lemmatizers = Lemmatizers.stemmers();
            RuleEngine engine = new RuleEngine(new RulePackLoader(lemmatizers).loadBuiltIn(), lemmatizers);
            Executor fx = this::postToFx;
            MainViewModel vm = new MainViewModel(store, engine, () -> engine, checks, watched(grammar), writer, fx,
                    Duration.ofMillis(800));
            expected = post;
            MainView view = FxBench.onFx(() -> openWindow(vm));
            try {
                await(() -> rulesShownAt != 0 && grammarShownAt != 0);
                return type(typed, warmUp, post.contains("\n\n") ? post.indexOf("\n\n") : post.length());
            } finally {
                FxBench.close(vm, view);
            }
        } finally {
            checks.shutdownNow();
            writer.shutdownNow();
            FxBench.deleteAll(folder);
        }
    }

    private MainView openWindow(MainViewModel vm) throws Exception {
        MainView view = new MainView(vm);
        vm.models().editor().live().lastResultProperty().addListener((obs, was, now) -> {
            if (now != null && now.snapshot().text().equals(expected) && rulesShownAt == 0) {
                rulesShownAt = System.nanoTime();
            }
        });
        vm.models().editor().live().checkingProperty().addListener((obs, was, now) -> {
            if (now) {
                checkStartedAt = System.nanoTime();
            }
        });
        FxBench.show(vm, view);
        area = view.editor().area();
        return view;
    }

    private Map<String, double[]> type(String typed, int warmUp, int at) throws Exception {
        List<double[]> runs = new ArrayList<>();
        for (int i = 0; i < typed.length(); i++) {
            String key = typed.substring(i, i + 1);
            int position = at + i;
            long[] cpuBefore = new long[1];
            long keystroke = FxBench.onFx(() -> {
                cpuBefore[0] = threads.getThreadCpuTime(fxThread.getId());
                long t = System.nanoTime();
                // Reset here, on the FX thread: no result of the text before can count for this one.
                rulesShownAt = 0;
                grammarShownAt = 0;
                // What a key press does: the editor's text changes at the caret, on the FX thread.
                area.replaceText(position, position, key);
                expected = area.getText();
                return t;
            });
            await(() -> rulesShownAt != 0 && grammarShownAt != 0);
            long next = keystroke + paceNanos;
            while (System.nanoTime() < next) {
                Thread.sleep(1);
            }
            long cpu = FxBench.onFx(() -> threads.getThreadCpuTime(fxThread.getId())) - cpuBefore[0];
            if (i >= warmUp) {
                runs.add(new double[] {cpu / 1e6, (rulesShownAt - keystroke) / 1e6,
                        (rulesShownAt - checkStartedAt) / 1e6, (grammarShownAt - keystroke) / 1e6,
                        (grammarShownAt - checkStartedAt) / 1e6});
            }
        }
        Map<String, double[]> measures = new LinkedHashMap<>();
        String[] names = {"fx-thread-all", "rules", "rules-after-pause", "grammar", "grammar-after-pause"};
        for (int m = 0; m < names.length; m++) {
            int column = m;
            measures.put(names[m], runs.stream().mapToDouble(r -> r[column]).toArray());
        }
        return measures;
    }

    /** The FX thread's CPU a keystroke into a bare editor with the same post: no checks, no panel. */
    private double[] baseline(String post, String typed, int warmUp) throws Exception {
        CodeArea bare = FxBench.onFx(() -> {
            CodeArea a = new CodeArea(post);
            a.setWrapText(true);
            Stage stage = new Stage();
            stage.setScene(new Scene(a, 1200, 800));
            stage.show();
            return a;
        });
        try {
            int at = post.contains("\n\n") ? post.indexOf("\n\n") : post.length();
            double[] runs = new double[typed.length() - warmUp];
            for (int i = 0; i < typed.length(); i++) {
                String key = typed.substring(i, i + 1);
                int position = at + i;
                long[] before = new long[2];
                FxBench.onFx(() -> {
                    before[0] = threads.getThreadCpuTime(fxThread.getId());
                    before[1] = System.nanoTime();
                    bare.replaceText(position, position, key);
                    return null;
                });
                long next = before[1] + paceNanos;
                while (System.nanoTime() < next) {
                    Thread.sleep(1);
                }
                long cpu = FxBench.onFx(() -> threads.getThreadCpuTime(fxThread.getId())) - before[0];
                if (i >= warmUp) {
                    runs[i - warmUp] = cpu / 1e6;
                }
            }
            return runs;
        } finally {
            FxBench.onFx(() -> {
                bare.getScene().getWindow().hide();
                return null;
            });
        }
    }

    /** The app's FX executor, which also notes when the grammar findings of the latest text are shown. */
    private void postToFx(Runnable r) {
        long posted = System.nanoTime();
        Platform.runLater(() -> {
            r.run();
            // The grammar result is handed over by a runLater posted once its check is done.
            if (grammarShownAt == 0 && grammarDoneAt != 0 && posted >= grammarDoneAt && grammarText.equals(expected)) {
                grammarShownAt = System.nanoTime();
            }
        });
    }

    /** The grammar service, noting which text each finished check was of. */
    private GrammarChecker watched(GrammarService service) {
        GrammarChecker real = GrammarChecker.of(service);
        return new GrammarChecker() {
            @Override
            public CompletableFuture<GrammarResult> check(TextSnapshot snapshot, GrammarOptions options) {
                return real.check(snapshot, options).whenComplete((result, error) -> {
                    if (result != null) {
                        grammarText = snapshot.text();
                        grammarDoneAt = System.nanoTime();
                    }
                });
            }

            @Override
            public void addStateListener(Consumer<GrammarState> listener) {
                real.addStateListener(listener);
            }

            @Override
            public GrammarState state(Language language) {
                return real.state(language);
            }
        };
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the findings of the typed text were not shown within 30 s");
            }
            Thread.sleep(0, 200_000);
        }
    }
}
