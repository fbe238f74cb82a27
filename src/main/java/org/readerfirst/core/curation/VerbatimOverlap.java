package org.readerfirst.core.curation;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the runs of a draft that stand word for word in an indexed text. Every shingle of the draft
 * is looked up once; a hit is extended forwards and backwards as far as the words agree, and runs
 * that an edit of a word or two splits are merged again. Linear in the draft's length.
 */
final class VerbatimOverlap {

    /** Of a shingle found many times in the source, only this many places are tried. */
    private static final int MAX_CANDIDATES = 8;
    /** Runs at most this many words apart in both texts, in the same order, become one run. */
    private static final int MERGE_GAP = 2;
    /** Words that must agree beyond such a gap for a run to carry on across it. */
    private static final int BRIDGED = 3;

    private VerbatimOverlap() {
    }

    static List<CopiedRun> find(WordSequence draft, ShingleIndex index) {
        WordSequence source = index.words();
        int k = ShingleIndex.SHINGLE;
        List<int[]> runs = new ArrayList<>(); // word ranges {draft from, source from, draft to, source to}, to exclusive
        int covered = 0; // draft words before this are in a run already
        int i = 0;
        while (i + k <= draft.size()) {
            int bestLength = 0;
            int bestSource = -1;
            int tried = 0;
            for (int j = index.first(draft.shingle(i, k)); j >= 0 && tried < MAX_CANDIDATES; j = index.next(j)) {
                tried++;
                int length = agreeing(draft, i, source, j, 1);
                if (length >= k && length > bestLength) {
                    bestLength = length;
                    bestSource = j;
                }
            }
            if (bestLength == 0) {
                i++;
                continue;
            }
            int[] run = {i, bestSource, i + bestLength, bestSource + bestLength};
            extendForwards(run, draft, source);
            extendBackwards(run, draft, source, covered);
            runs.add(run);
            i = run[2];
            covered = i;
        }
        return toRuns(merged(runs), draft, source);
    }

    /** How many words agree from draft word {@code i} and source word {@code j}, going in {@code step}. */
    private static int agreeing(WordSequence draft, int i, WordSequence source, int j, int step) {
        int length = 0;
        while (i >= 0 && j >= 0 && i < draft.size() && j < source.size() && draft.hash(i) == source.hash(j)) {
            length++;
            i += step;
            j += step;
        }
        return length;
    }

    /** Carries a run on past a word or two changed, added or left out, where enough words agree again. */
    private static void extendForwards(int[] run, WordSequence draft, WordSequence source) {
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int gd = 0; gd <= MERGE_GAP && !grew; gd++) {
                for (int gs = 0; gs <= MERGE_GAP && !grew; gs++) {
                    int agree = agreeing(draft, run[2] + gd, source, run[3] + gs, 1);
                    if (agree >= BRIDGED) {
                        run[2] += gd + agree;
                        run[3] += gs + agree;
                        grew = true;
                    }
                }
            }
        }
    }

    private static void extendBackwards(int[] run, WordSequence draft, WordSequence source, int covered) {
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int gd = 0; gd <= MERGE_GAP && !grew; gd++) {
                for (int gs = 0; gs <= MERGE_GAP && !grew; gs++) {
                    int from = run[0] - gd - 1;
                    int agree = Math.min(agreeing(draft, from, source, run[1] - gs - 1, -1), from - covered + 1);
                    if (agree >= (gd + gs == 0 ? 1 : BRIDGED)) {
                        run[0] -= gd + agree;
                        run[1] -= gs + agree;
                        grew = true;
                    }
                }
            }
        }
    }

    private static List<int[]> merged(List<int[]> runs) {
        List<int[]> out = new ArrayList<>();
        for (int[] run : runs) {
            if (!out.isEmpty()) {
                int[] last = out.get(out.size() - 1);
                int draftGap = run[0] - last[2];
                int sourceGap = run[1] - last[3];
                if (draftGap <= MERGE_GAP && sourceGap >= 0 && sourceGap <= MERGE_GAP) {
                    last[2] = run[2];
                    last[3] = run[3];
                    continue;
                }
            }
            out.add(run);
        }
        return out;
    }

    private static List<CopiedRun> toRuns(List<int[]> runs, WordSequence draft, WordSequence source) {
        List<CopiedRun> out = new ArrayList<>(runs.size());
        for (int[] r : runs) {
            out.add(new CopiedRun(draft.start(r[0]), draft.end(r[2] - 1), source.start(r[1]), source.end(r[3] - 1),
                    r[2] - r[0]));
        }
        return out;
    }
}
