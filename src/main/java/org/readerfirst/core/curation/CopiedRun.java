package org.readerfirst.core.curation;

import org.readerfirst.core.metrics.Span;

/**
 * Words that stand the same in the draft and in the source, ignoring case, punctuation and white
 * space. Offsets are UTF-16 code units, end exclusive: {@code start..end} in the draft,
 * {@code sourceStart..sourceEnd} in the source, each from the first word's first letter to the last
 * word's last.
 *
 * @param words how many words of the draft the run covers
 */
public record CopiedRun(int start, int end, int sourceStart, int sourceEnd, int words) {

    public CopiedRun {
        if (start < 0 || end < start || sourceStart < 0 || sourceEnd < sourceStart || words < 0) {
            throw new IllegalArgumentException("bad run " + start + ".." + end + " / " + sourceStart + ".." + sourceEnd);
        }
    }

    public Span draft() {
        return new Span(start, end);
    }

    public Span source() {
        return new Span(sourceStart, sourceEnd);
    }
}
