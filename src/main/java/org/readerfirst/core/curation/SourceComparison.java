package org.readerfirst.core.curation;

import java.util.List;

/**
 * A draft compared with a source: the runs it copied word for word, and the figures a writer and the
 * checks need. Words are counted as the overlap sees them: letters and digits, punctuation aside.
 *
 * @param draft the draft as compared
 * @param runs the copied runs in draft order; they do not overlap in the draft
 * @param draftWords the words of the draft
 * @param copiedWords the draft's words inside copied runs
 * @param sourceWords the words of the source
 * @param attributed whether the draft says whose material it is (see {@link Attribution})
 */
public record SourceComparison(String draft, List<CopiedRun> runs, int draftWords, int copiedWords, int sourceWords,
                               boolean attributed) {

    public SourceComparison {
        runs = List.copyOf(runs);
    }

    static SourceComparison of(String draft, SourceText source) {
        WordSequence words = WordSequence.of(draft);
        ShingleIndex index = source.index();
        List<CopiedRun> runs = VerbatimOverlap.find(words, index);
        int copied = runs.stream().mapToInt(CopiedRun::words).sum();
        return new SourceComparison(draft, runs, words.size(), copied, index.words().size(),
                Attribution.of(draft, source, words));
    }

    /** The share of the draft's words copied from the source, 0.0 to 1.0. */
    public double copiedShare() {
        return draftWords == 0 ? 0.0 : (double) copiedWords / draftWords;
    }

    /** The share of the source's words that the draft copied, 0.0 to 1.0. */
    public double sourceCoverage() {
        return sourceWords == 0 ? 0.0 : Math.min(1.0, (double) copiedWords / sourceWords);
    }

    /** The writer's own words: those of the draft outside the copied runs. */
    public int ownWords() {
        return draftWords - copiedWords;
    }

    public boolean copiedAny() {
        return !runs.isEmpty();
    }
}
