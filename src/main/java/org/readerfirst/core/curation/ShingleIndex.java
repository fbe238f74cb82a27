package org.readerfirst.core.curation;

import java.util.Arrays;

/**
 * Where each run of {@link #SHINGLE} words stands in a text: an open-addressing table from the run's
 * hash to its first position, with the later positions of the same run chained behind it. Built once
 * per source in time linear in its length; a lookup costs one probe.
 */
final class ShingleIndex {

    /** Words in a shingle: the shortest run that counts as copied. Shorter runs occur by chance. */
    static final int SHINGLE = 6;

    private static final int NONE = -1;

    private final WordSequence words;
    private final long[] keys;
    private final int[] heads;
    private final int[] next;
    private final int mask;

    ShingleIndex(WordSequence words) {
        this.words = words;
        int shingles = Math.max(0, words.size() - SHINGLE + 1);
        int capacity = Integer.highestOneBit(Math.max(16, shingles * 2 - 1)) << 1;
        keys = new long[capacity];
        heads = new int[capacity];
        Arrays.fill(heads, NONE);
        next = new int[shingles];
        mask = capacity - 1;
        // Added from the end, so that each chain runs in text order.
        for (int i = shingles - 1; i >= 0; i--) {
            long key = words.shingle(i, SHINGLE);
            int slot = slot(key);
            next[i] = heads[slot];
            keys[slot] = key;
            heads[slot] = i;
        }
    }

    WordSequence words() {
        return words;
    }

    /** The first position of the shingle with this hash, or -1. */
    int first(long key) {
        return heads[slot(key)];
    }

    /** The next position of the same shingle after {@code position}, or -1. */
    int next(int position) {
        return next[position];
    }

    private int slot(long key) {
        int slot = (int) key & mask;
        while (heads[slot] != NONE && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
