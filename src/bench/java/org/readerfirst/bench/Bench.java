package org.readerfirst.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.readerfirst.core.curation.SourceText;
import org.readerfirst.core.lang.LanguageDetector;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.metrics.Span;
import org.readerfirst.core.metrics.TextSpans;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.TextSnapshot;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.core.rules.RulePackLoader;
import org.readerfirst.grammar.GrammarOptions;
import org.readerfirst.grammar.GrammarService;

/**
 * The benchmarks, apart from the product: {@code java -jar target/readerfirst-bench.jar --suite NAME}.
 * {@code --suite rules}: times the rule checks on built-in texts of three sizes after a warm-up
 * and prints one line a case: {@code bench rules.post median_ms=<x> p95_ms=<y> runs=<n>}.
 * {@code --suite grammar} times grammar and spelling the same way: from nothing to the first
 * result, a full check of a post, and a re-check after a one-word edit, then how many times faster
 * the re-check is. {@code --suite store} times the drafts database, see {@link StoreBench}.
 * {@code --suite curation} times comparing a post with its source, from building the
 * source's index to the copied runs and figures. {@code --suite history} times importing a LinkedIn
 * data export, see {@link HistoryBench}. {@code --suite typing} types into the real
 * window, headless, see {@link TypingSuite}. {@code --suite startup} starts the real window in fresh
 * JVMs, see {@link StartupBench}. {@code --suite typing-soak} is a long session in the window, see
 * {@link SoakBench}.
 */
public final class Bench {

    /** The exit status of a run that was asked for wrongly. */
    static final int USAGE = 2;
    private static final String SUITES = "rules, grammar, store, curation, history, typing, typing-soak or startup";

    private final PrintStream out;

    Bench(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        int status;
        try {
            status = new Bench(System.out).run(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("readerfirst-bench: " + e.getMessage());
            status = USAGE;
        }
        System.exit(status);
    }

    /** Runs the suite the arguments name; a wrong argument throws with the message to show. */
    int run(List<String> args) {
        String suite = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--suite") && i + 1 < args.size()) {
                suite = args.get(++i);
            } else if (args.get(i).startsWith("--suite=")) {
                suite = args.get(i).substring(8);
            } else {
                throw new IllegalArgumentException("unknown argument '" + args.get(i) + "'; use --suite " + SUITES);
            }
        }
        if (suite == null) {
            throw new IllegalArgumentException("name a suite with --suite " + SUITES);
        }
        switch (suite) {
            case "rules" -> rules();
            case "grammar" -> grammar();
            case "store" -> new StoreBench(this).run();
            case "curation" -> curation();
            case "history" -> new HistoryBench(this).run();
            case "typing" -> new TypingSuite(this).run(TypingSuite.KEYSTROKES);
            case "typing-soak" -> new SoakBench().run(SoakBench.KEYSTROKES);
            case "startup" -> new StartupBench(this, Path.of(System.getProperty("readerfirst.jar",
                    "target/readerfirst.jar"))).run();
            case COLD_START_ONCE -> coldStartOnce();
            default -> throw new IllegalArgumentException("unknown suite '" + suite + "' (expected " + SUITES + ")");
        }
        return 0;
    }

    private void rules() {
        Lemmatizers lemmatizers = Lemmatizers.stemmers();
        RuleEngine engine = new RuleEngine(new RulePackLoader(lemmatizers).loadBuiltIn(), lemmatizers);
        String source = sampleText();
        // The texts are made before the clock starts: only the check is timed.
        TextSnapshot note = snapshot(source, 300, ContentType.CONNECTION_NOTE);
        TextSnapshot post = snapshot(source, 3_000, ContentType.POST);
        TextSnapshot article = snapshot(source, 100_000, ContentType.ARTICLE);
        time("rules.note", 2000, 1000, () -> engine.check(note));
        time("rules.post", 1000, 500, () -> engine.check(post));
        time("rules.article", 60, 15, () -> engine.check(article));
    }

    /**
     * A post that copies three passages of its source among sentences of its own, against sources of
     * two sizes. Each run compares with a new source object, so building the source's index is timed too.
     */
    private void curation() {
        String sample = sampleText();
        for (int size : new int[] {10_000, 100_000}) {
            String source = text(sample, size, size + 1);
            StringBuilder draft = new StringBuilder(text(sample, POST_CHARS - 3 * (COPIED + 2), 7));
            for (int part = 1; part <= 3; part++) {
                int at = source.indexOf(' ', size * part / 4) + 1;
                draft.append("\n\n").append(source, at, at + COPIED);
            }
            String post = draft.toString();
            time("curation." + size / 1000 + "k", 200, 50, () -> SourceText.of(source).compare(post));
        }
    }

    private static final int POST_CHARS = 3_000;
    private static final int COPIED = 290;
    private static final List<String> EDIT_WORDS = List.of("really", "today", "again", "too", "here", "now");

    private void grammar() {
        String english = englishSentences(sampleText());
        GrammarOptions options = GrammarOptions.defaults();
        int[] seed = {0};
        // LanguageTool keeps what it loaded in static fields, so only a new JVM starts cold.
        time("grammar.cold-start", 3, 0, this::coldStartInNewJvm);
        try (GrammarService service = new GrammarService().start()) {
            service.loaded().join();
            // Every run a text it has not seen, so that nothing comes from what was kept.
            double full = time("grammar.full", 10, 2, () -> service.check(post(english, ++seed[0]), options).join());
            TextSnapshot base = post(english, ++seed[0]);
            service.check(base, options).join();
            List<Span> paragraphs = TextSpans.paragraphs(base.text());
            int[] run = {0};
            double incremental = time("grammar.incremental", 20, 3, () -> {
                int r = run[0]++;
                Span p = paragraphs.get(r % paragraphs.size());
                String word = EDIT_WORDS.get(r / paragraphs.size() % EDIT_WORDS.size());
                int at = p.end() - 1;
                String edited = base.text().substring(0, at) + " " + word + base.text().substring(at);
                return service.check(new TextSnapshot(edited, base.type(), base.language()), options).join();
            });
            out.printf(Locale.ROOT, "bench grammar.ratio full_over_incremental=%.1f%n", full / incremental);
            out.flush();
        }
    }

    /** Not in the help: the child JVM of the cold-start case. */
    private static final String COLD_START_ONCE = "grammar-cold-start-once";

    /** From a new service to the first result of a post: loading and the first check. */
    private void coldStartOnce() {
        long t0 = System.nanoTime();
        try (GrammarService cold = new GrammarService().start()) {
            cold.check(post(englishSentences(sampleText()), 1), GrammarOptions.defaults()).join();
        }
        out.printf(Locale.ROOT, "cold_ms=%.3f%n", (System.nanoTime() - t0) / 1e6);
        out.flush();
    }

    /** Runs {@link #coldStartOnce} in a new JVM and waits for it; its own timing is what counts. */
    private double coldStartInNewJvm() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    Bench.class.getName(), "--suite", COLD_START_ONCE)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return output.lines().filter(l -> l.startsWith("cold_ms=")).findFirst()
                    .map(l -> Double.parseDouble(l.substring(8)))
                    .orElseThrow(() -> new IllegalStateException("the cold-start run failed: " + output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static TextSnapshot post(String source, int seed) {
        return new TextSnapshot(text(source, POST_CHARS, seed), ContentType.POST, Language.ENGLISH);
    }

    /** The sample's English sentences: LanguageTool here checks English only. */
    static String englishSentences(String source) {
        LanguageDetector detector = new LanguageDetector(Language.ENGLISH);
        return source.lines().filter(l -> !l.isBlank() && detector.detect(l) == Language.ENGLISH)
                .collect(Collectors.joining("\n"));
    }

    private static TextSnapshot snapshot(String source, int chars, ContentType type) {
        return new TextSnapshot(text(source, chars), type, Language.AUTO);
    }

    /** A text of exactly {@code chars} characters, in paragraphs of sentences drawn from the sample. */
    static String text(String source, int chars) {
        return text(source, chars, chars);
    }

    static String text(String source, int chars, long seed) {
        List<String> sentences = source.lines().filter(l -> !l.isBlank()).toList();
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder(chars + 200);
        int inParagraph = 0;
        while (sb.length() < chars) {
            sb.append(sentences.get(random.nextInt(sentences.size())));
            inParagraph++;
            if (inParagraph == 4) {
                sb.append("\n\n");
                inParagraph = 0;
            } else {
                sb.append(' ');
            }
        }
        return sb.substring(0, chars);
    }

    /** Prints the case's line and returns its median in milliseconds. */
    double time(String name, int runs, int warmUp, Supplier<?> work) {
        return time(name, runs, warmUp, () -> {
            long t0 = System.nanoTime();
            work.get();
            return (System.nanoTime() - t0) / 1e6;
        });
    }

    /** @param measure does the work once and returns how many milliseconds it took */
    private double time(String name, int runs, int warmUp, DoubleSupplier measure) {
        for (int i = 0; i < warmUp; i++) {
            measure.getAsDouble();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            ms[i] = measure.getAsDouble();
        }
        return print(name, ms);
    }

    /** Prints a case's line from its runs' milliseconds and returns the median. */
    double print(String name, double[] runs) {
        double[] ms = runs.clone();
        Arrays.sort(ms);
        int n = ms.length;
        out.printf(Locale.ROOT, "bench %s median_ms=%.3f p95_ms=%.3f runs=%d%n", name, ms[n / 2],
                ms[(int) Math.ceil(n * 0.95) - 1], n);
        out.flush();
        return ms[n / 2];
    }

    static String sampleText() {
        try (InputStream in = Bench.class.getResourceAsStream("bench-text.txt")) {
            if (in == null) {
                throw new IllegalStateException("the benchmark texts are missing from the bench jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
