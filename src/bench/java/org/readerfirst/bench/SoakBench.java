package org.readerfirst.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.core.rules.RulePackLoader;
import org.readerfirst.grammar.GrammarService;
import org.readerfirst.store.DraftStore;
import org.readerfirst.ui.app.MainView;
import org.readerfirst.ui.app.MainViewModel;
import org.readerfirst.ui.editor.GrammarChecker;
import org.readerfirst.ui.library.DraftItem;

/**
 * {@code --suite typing-soak}: a long session in the real window, headless. Five drafts; twenty
 * thousand keystrokes typed at the end of the open one, with LanguageTool and the rules checking as
 * usual, and every 500 keystrokes another draft opened, every 1,000 a paragraph pasted and every 700
 * the last edit undone. After the first 1,000 keystrokes, half way and at the end it reads the heap
 * after a full collection and the process's resident size, and prints one line:
 * {@code bench typing.soak keystrokes=.. heap_start_mb=.. heap_middle_mb=.. heap_end_mb=.. rss_start_mb=..
 * rss_middle_mb=.. rss_end_mb=..}. Memory that grows with the session shows as the end above the
 * middle above the start; memory that levels off, as the middle close to the end.
 */
final class SoakBench {

    static final int KEYSTROKES = 20_000;
    private static final int DRAFTS = 5;
    /** Fast, but with room for the checks to run now and then, as between a writer's bursts. */
    private static final long PACE_MICROS = 2_000;

    private volatile StyleClassedTextArea area;

    void run(int keystrokes) {
        try {
            measure(keystrokes);
        } catch (Exception e) {
            throw new IllegalStateException("the soak benchmark failed: " + e, e);
        }
    }

    private void measure(int keystrokes) throws Exception {
        FxBench.startHeadless();
        String english = Bench.englishSentences(Bench.sampleText());
        String typed = Bench.text(english, keystrokes, 21).replace('\n', ' ');
        Path folder = Files.createTempDirectory("readerfirst-soak");
        ExecutorService checks = Executors.newSingleThreadExecutor(FxBench.daemon("readerfirst-check"));
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(FxBench.daemon("readerfirst-save"));
        try (GrammarService grammar = new GrammarService().start()) {
            grammar.loaded().join();
            DraftStore store = DraftStore.open(folder.resolve("soak.db"));
            for (int d = 0; d < DRAFTS; d++) {
                store.create("Draft " + (d + 1), Bench.text(english, 1_500, 30 + d), ContentType.POST, Language.ENGLISH);
            }
            Lemmatizers lemmatizers = Lemmatizers.stemmers();
            RuleEngine engine = new RuleEngine(new RulePackLoader(lemmatizers).loadBuiltIn(), lemmatizers);
            MainViewModel vm = new MainViewModel(store, engine, () -> engine, checks, GrammarChecker.of(grammar), writer,
                    Platform::runLater, Duration.ofMillis(800));
            MainView view = FxBench.onFx(() -> open(vm));
            long[] start = null;
            long[] middle = null;
            try {
                List<DraftItem> drafts = FxBench.onFx(() -> new ArrayList<>(vm.models().drafts().items()));
                String paste = Bench.text(english, 600, 40);
                for (int i = 0; i < keystrokes; i++) {
                    int n = i;
                    FxBench.onFx(() -> {
                        if (n > 0 && n % 500 == 0) {
                            vm.models().drafts().select(drafts.get((n / 500) % drafts.size()));
                            area = view.editor().area();
                        }
                        int end = area.getLength();
                        if (n > 0 && n % 1_000 == 0) {
                            area.replaceText(end, end, "\n\n" + paste);
                        } else if (n > 0 && n % 700 == 0) {
                            area.undo();
                        } else {
                            area.replaceText(end, end, typed.substring(n, n + 1));
                        }
                        return null;
                    });
                    TimeUnit.MICROSECONDS.sleep(PACE_MICROS);
                    if (i + 1 == Math.min(1_000, keystrokes)) {
                        start = memory();
                    } else if (i + 1 == keystrokes / 2) {
                        middle = memory();
                    }
                }
                // Let the last checks and saves land before the last reading.
                Thread.sleep(3_000);
                long[] end = memory();
                System.out.printf(Locale.ROOT,
                        "bench typing.soak keystrokes=%d heap_start_mb=%.1f heap_middle_mb=%.1f heap_end_mb=%.1f"
                                + " rss_start_mb=%.1f rss_middle_mb=%.1f rss_end_mb=%.1f%n",
                        keystrokes, start[0] / 1e6, mb(middle, 0), end[0] / 1e6, start[1] / 1e6, mb(middle, 1),
                        end[1] / 1e6);
                System.out.flush();
            } finally {
                FxBench.close(vm, view);
            }
        } finally {
            checks.shutdownNow();
            writer.shutdownNow();
            FxBench.deleteAll(folder);
        }
    }

    private MainView open(MainViewModel vm) throws Exception {
        MainView view = new MainView(vm);
        FxBench.show(vm, view);
        area = view.editor().area();
        return view;
    }

    private static double mb(long[] reading, int which) {
        return reading == null ? Double.NaN : reading[which] / 1e6;
    }

    /** The heap in use after a full collection, and the process's resident size, in bytes. */
    private static long[] memory() throws Exception {
        System.gc();
        Thread.sleep(200);
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long rss = -1;
        Path status = Path.of("/proc/self/status");
        if (Files.isReadable(status)) {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        }
        return new long[] {heap, rss};
    }
}
