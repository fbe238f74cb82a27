package org.readerfirst.cli;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;

/**
 * {@code bench --suite typing}: a post of 3,000 characters typed into in the real window, see
 * {@code org.readerfirst.ui.app.TypingBench}. It is reached by name so that the command line loads no
 * JavaFX class for any other command, and depends on nothing of the window's.
 */
final class TypingSuite {

    static final int KEYSTROKES = 200;
    /** A brisk typist: about 12 characters a second. */
    static final long PACE_MS = 80;
    private static final int WARM_UP = 10;
    private static final String BENCH = "org.readerfirst.ui.app.TypingBench";

    private final BenchCommand bench;

    TypingSuite(BenchCommand bench) {
        this.bench = bench;
    }

    /** Types {@code keystrokes} characters after a few more that warm up, and prints a line a measure. */
    void run(int keystrokes) {
        String english = BenchCommand.englishSentences(BenchCommand.sampleText());
        String post = BenchCommand.text(english, 3_000, 11);
        int warmUp = Math.min(WARM_UP, keystrokes);
        String typed = BenchCommand.text(english, keystrokes + warmUp, 12).replace('\n', ' ');
        for (Map.Entry<String, double[]> measure : measures(post, typed, warmUp).entrySet()) {
            bench.print("typing." + measure.getKey(), measure.getValue());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, double[]> measures(String post, String typed, int warmUp) {
        try {
            return (Map<String, double[]>) Class.forName(BENCH)
                    .getMethod("run", String.class, String.class, int.class, long.class)
                    .invoke(null, post, typed, warmUp, PACE_MS);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the typing benchmark failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the typing benchmark is missing from the application", e);
        }
    }
}
