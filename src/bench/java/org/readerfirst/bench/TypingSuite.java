package org.readerfirst.bench;

import java.util.Map;

/**
 * {@code --suite typing}: a post of 3,000 characters typed into the real window, headless, see
 * {@link TypingBench}; then the same typing into a bare editor with no checks, the baseline.
 */
final class TypingSuite {

    static final int KEYSTROKES = 200;
    /** A brisk typist: about 12 characters a second. */
    static final long PACE_MS = 80;
    private static final int WARM_UP = 10;

    private final Bench bench;

    TypingSuite(Bench bench) {
        this.bench = bench;
    }

    /** Types {@code keystrokes} characters after a few more that warm up, and prints a line a measure. */
    void run(int keystrokes) {
        String english = Bench.englishSentences(Bench.sampleText());
        String post = Bench.text(english, 3_000, 11);
        int warmUp = Math.min(WARM_UP, keystrokes);
        String typed = Bench.text(english, keystrokes + warmUp, 12).replace('\n', ' ');
        Map<String, double[]> measures;
        try {
            measures = TypingBench.run(post, typed, warmUp, PACE_MS);
        } catch (Exception e) {
            throw new IllegalStateException("the typing benchmark failed: " + e, e);
        }
        for (Map.Entry<String, double[]> measure : measures.entrySet()) {
            bench.print("typing." + measure.getKey(), measure.getValue());
        }
    }
}
