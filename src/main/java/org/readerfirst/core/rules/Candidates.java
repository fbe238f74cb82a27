package org.readerfirst.core.rules;

import java.util.Arrays;

/**
 * Where the phrases of one list may begin in a text: pairs of a token index and a phrase index, in
 * the order of the tokens. Kept as packed numbers rather than maps of sets: an article has tens of
 * thousands of such pairs, and every check of every keystroke builds them.
 */
final class Candidates {

    static final Candidates NONE = new Candidates();

    private long[] pairs = new long[16];
    private int size;
    private boolean sorted = true;

    void add(int token, int phrase) {
        long pair = ((long) token << 32) | (phrase & 0xffffffffL);
        if (size > 0) {
            long last = pairs[size - 1];
            if (last == pair) {
                return;
            }
            if (last > pair) {
                sorted = false;
            }
        }
        if (size == pairs.length) {
            pairs = Arrays.copyOf(pairs, size * 2);
        }
        pairs[size++] = pair;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        ordered();
        return size;
    }

    int token(int i) {
        ordered();
        return (int) (pairs[i] >>> 32);
    }

    int phrase(int i) {
        ordered();
        return (int) pairs[i];
    }

    /** Sorted by token, then phrase, without repeats: where the pairs came from several keys out of order. */
    private void ordered() {
        if (sorted) {
            return;
        }
        Arrays.sort(pairs, 0, size);
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (kept == 0 || pairs[kept - 1] != pairs[i]) {
                pairs[kept++] = pairs[i];
            }
        }
        size = kept;
        sorted = true;
    }
}
