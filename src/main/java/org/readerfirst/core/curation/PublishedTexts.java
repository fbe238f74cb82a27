package org.readerfirst.core.curation;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The writer's earlier published texts, indexed by their runs of words, so that a draft is compared in
 * full only with the few that share the most runs with it instead of with every one: an imported
 * history of thousands of posts and messages costs a keystroke a few hundred lookups.
 *
 * <p>A text is a near duplicate only through runs of {@link ShingleIndex#SHINGLE} words it shares with
 * the draft. The index keeps about one run in {@value #SAMPLE} of each text (those whose hash falls so)
 * and every run of a short text, in flat arrays; a text that shares much with the draft shares some of
 * the kept runs too. Of the texts that share any, the {@value #CANDIDATES} that share the largest part
 * of the draft or of themselves are compared in full. Built once, at first use, for the list it holds.
 */
public final class PublishedTexts extends AbstractList<PublishedText> implements RandomAccess {

    /** One run in this many is kept of a text with more runs than {@link #SHORT}. */
    static final int SAMPLE = 4;
    /** A text with no more runs than this keeps them all. */
    static final int SHORT = 16;
    /** How many of the texts that share runs with the draft are compared in full. */
    static final int CANDIDATES = 4;

    private static final PublishedTexts NONE = new PublishedTexts(List.of());

    private final List<PublishedText> texts;
    private volatile Index index;

    private PublishedTexts(List<PublishedText> texts) {
        this.texts = texts;
    }

    /** The texts with their index; the same object when it is one already, so its index is kept. */
    public static PublishedTexts of(List<PublishedText> texts) {
        if (texts instanceof PublishedTexts p) {
            return p;
        }
        return texts == null || texts.isEmpty() ? NONE : new PublishedTexts(List.copyOf(texts));
    }

    @Override
    public PublishedText get(int i) {
        return texts.get(i);
    }

    @Override
    public int size() {
        return texts.size();
    }

    /** The published text closest to the draft and how close (0.0 to 1.0), if any shares a run of words with it. */
    public Optional<Closest> closest(String draft) {
        if (texts.isEmpty()) {
            return Optional.empty();
        }
        WordSequence words = WordSequence.of(draft);
        int runs = words.size() - ShingleIndex.SHINGLE + 1;
        if (runs <= 0) {
            return Optional.empty();
        }
        Index in = index();
        int[] shared = new int[texts.size()];
        IntList touched = new IntList();
        long[] seen = new long[runs];
        for (int i = 0; i < runs; i++) {
            seen[i] = words.shingle(i, ShingleIndex.SHINGLE);
        }
        Arrays.sort(seen);
        for (int i = 0; i < runs; i++) {
            if (i > 0 && seen[i] == seen[i - 1]) {
                continue;
            }
            for (int p = in.first(seen[i]); p >= 0; p = in.next[p]) {
                int text = in.text[p];
                if (shared[text]++ == 0) {
                    touched.add(text);
                }
            }
        }
        // The largest share of either side first: a short old post inside a long draft counts as much.
        // The few best are kept as they come, without sorting all that share a run.
        int[] top = new int[Math.min(CANDIDATES, touched.size())];
        double[] topEstimate = new double[top.length];
        int filled = 0;
        for (int t = 0; t < touched.size(); t++) {
            int text = touched.get(t);
            double ofDraft = (double) shared[text] * (in.kept[text] == in.runs[text] ? 1 : SAMPLE) / runs;
            double estimate = Math.max(ofDraft, (double) shared[text] / Math.max(1, in.kept[text]));
            int at = filled < top.length ? filled++ : top.length - 1;
            if (at == top.length - 1 && filled == top.length && estimate <= topEstimate[at] && t >= top.length) {
                continue;
            }
            while (at > 0 && topEstimate[at - 1] < estimate) {
                top[at] = top[at - 1];
                topEstimate[at] = topEstimate[at - 1];
                at--;
            }
            top[at] = text;
            topEstimate[at] = estimate;
        }
        Closest best = null;
        for (int k = 0; k < filled; k++) {
            PublishedText candidate = texts.get(top[k]);
            double similarity = candidate.similarityTo(draft);
            if (best == null || similarity > best.similarity()) {
                best = new Closest(candidate, similarity);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Growing ints without boxing: the texts a draft shares runs with. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }
    }

    /** A published text and how much of it and the draft is the same. */
    public record Closest(PublishedText text, double similarity) {
    }

    private Index index() {
        Index built = index;
        if (built == null) {
            synchronized (this) {
                built = index;
                if (built == null) {
                    built = new Index(texts);
                    index = built;
                }
            }
        }
        return built;
    }

    /** Kept runs by hash: an open-addressing table to the first posting, postings chained in arrays. */
    private static final class Index {

        private final long[] keys;
        private final int[] heads;
        private final int[] next;
        private final int[] text;
        private final int[] kept;
        private final int[] runs;
        private final int mask;

        Index(List<PublishedText> texts) {
            List<long[]> perText = new ArrayList<>(texts.size());
            kept = new int[texts.size()];
            runs = new int[texts.size()];
            int total = 0;
            for (int t = 0; t < texts.size(); t++) {
                WordSequence words = WordSequence.of(texts.get(t).text());
                int n = Math.max(0, words.size() - ShingleIndex.SHINGLE + 1);
                long[] all = new long[n];
                for (int i = 0; i < n; i++) {
                    all[i] = words.shingle(i, ShingleIndex.SHINGLE);
                }
                long[] distinct = Arrays.stream(all).distinct().toArray();
                long[] keep = distinct.length <= SHORT ? distinct
                        : Arrays.stream(distinct).filter(h -> Math.floorMod(h >>> 17, SAMPLE) == 0).toArray();
                perText.add(keep);
                kept[t] = keep.length;
                runs[t] = distinct.length;
                total += keep.length;
            }
            int capacity = Integer.highestOneBit(Math.max(16, total * 2 - 1)) << 1;
            keys = new long[capacity];
            heads = new int[capacity];
            Arrays.fill(heads, -1);
            next = new int[total];
            text = new int[total];
            mask = capacity - 1;
            int p = 0;
            for (int t = 0; t < perText.size(); t++) {
                for (long key : perText.get(t)) {
                    int slot = slot(key);
                    keys[slot] = key;
                    next[p] = heads[slot];
                    text[p] = t;
                    heads[slot] = p++;
                }
            }
        }

        int first(long key) {
            return heads[slot(key)];
        }

        private int slot(long key) {
            int slot = (int) key & mask;
            while (heads[slot] != -1 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }
    }
}
