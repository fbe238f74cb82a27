package org.readerfirst.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.TextSnapshot;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.core.rules.RulePackLoader;

/**
 * {@code bench --suite rules}: times the rule checks on built-in texts of three sizes after a warm-up
 * and prints one line a case: {@code bench rules.post median_ms=<x> p95_ms=<y> runs=<n>}.
 */
final class BenchCommand {

    private final PrintStream out;

    BenchCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) throws UsageException {
        String suite = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--suite") && i + 1 < args.size()) {
                suite = args.get(++i);
            } else if (args.get(i).startsWith("--suite=")) {
                suite = args.get(i).substring(8);
            } else {
                throw new UsageException("bench: unknown argument '" + args.get(i) + "'; use --suite rules");
            }
        }
        if (suite == null) {
            throw new UsageException("bench: name a suite with --suite rules");
        }
        if (!suite.equals("rules")) {
            throw new UsageException("bench: unknown suite '" + suite + "' (expected rules)");
        }
        rules();
        return ReaderFirstCli.OK;
    }

    private void rules() {
        Lemmatizers lemmatizers = Lemmatizers.stemmers();
        RuleEngine engine = new RuleEngine(new RulePackLoader(lemmatizers).loadBuiltIn(), lemmatizers);
        String source = sampleText();
        time("rules.note", 2000, 300, () -> engine.check(snapshot(source, 300, ContentType.CONNECTION_NOTE)));
        time("rules.post", 1000, 200, () -> engine.check(snapshot(source, 3_000, ContentType.POST)));
        time("rules.article", 60, 15, () -> engine.check(snapshot(source, 100_000, ContentType.ARTICLE)));
    }

    private static TextSnapshot snapshot(String source, int chars, ContentType type) {
        return new TextSnapshot(text(source, chars), type, Language.AUTO);
    }

    /** A text of exactly {@code chars} characters, in paragraphs of sentences drawn from the sample. */
    static String text(String source, int chars) {
        List<String> sentences = source.lines().filter(l -> !l.isBlank()).toList();
        Random random = new Random(chars);
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

    private void time(String name, int runs, int warmUp, Supplier<?> work) {
        for (int i = 0; i < warmUp; i++) {
            work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        out.printf(Locale.ROOT, "bench %s median_ms=%.3f p95_ms=%.3f runs=%d%n", name, ms[runs / 2],
                ms[(int) Math.ceil(runs * 0.95) - 1], runs);
        out.flush();
    }

    static String sampleText() {
        try (InputStream in = BenchCommand.class.getResourceAsStream("bench-text.txt")) {
            if (in == null) {
                throw new IllegalStateException("the benchmark texts are missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
