package org.readerfirst.core.curation;

import java.util.Arrays;

/**
 * A text as a sequence of words, each with its place in the text and a hash of its lower-cased
 * letters. Case, punctuation, white space and line breaks fall away, so "Hello, World" and
 * "hello\nworld" are the same two words. Invisible format characters (soft hyphens, zero-width
 * spaces) inside a word are skipped without ending it.
 */
final class WordSequence {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private int[] starts;
    private int[] ends;
    private long[] hashes;
    private int size;

    private WordSequence(int capacity) {
        starts = new int[capacity];
        ends = new int[capacity];
        hashes = new long[capacity];
    }

    static WordSequence of(String text) {
        WordSequence words = new WordSequence(Math.max(8, text.length() / 5));
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int end = i;
            long hash = FNV_OFFSET;
            while (i < n) {
                cp = text.codePointAt(i);
                if (Character.isLetterOrDigit(cp) || isMark(cp)) {
                    hash = (hash ^ Character.toLowerCase(cp)) * FNV_PRIME;
                    i += Character.charCount(cp);
                    end = i;
                } else if (Character.getType(cp) == Character.FORMAT) {
                    i += Character.charCount(cp);
                } else {
                    break;
                }
            }
            words.add(start, end, mix(hash));
        }
        return words;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Spreads the bits, so that shingle hashes built from word hashes stay well apart. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private void add(int start, int end, long hash) {
        if (size == starts.length) {
            int grown = size * 2;
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
            hashes = Arrays.copyOf(hashes, grown);
        }
        starts[size] = start;
        ends[size] = end;
        hashes[size] = hash;
        size++;
    }

    int size() {
        return size;
    }

    int start(int word) {
        return starts[word];
    }

    int end(int word) {
        return ends[word];
    }

    long hash(int word) {
        return hashes[word];
    }

    /** The hash of {@code length} words from {@code first}: a shingle. */
    long shingle(int first, int length) {
        long h = 0;
        for (int i = first; i < first + length; i++) {
            h = h * 31 + hashes[i];
        }
        return mix(h);
    }
}
