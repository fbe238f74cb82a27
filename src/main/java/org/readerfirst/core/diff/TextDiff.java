package org.readerfirst.core.diff;

import java.util.List;
import org.readerfirst.core.metrics.Span;

/**
 * How an older text became a newer one: the spans of the older text that were deleted and the spans
 * of the newer text that were inserted. A replaced word is both. Spans are sorted and never touch.
 */
public record TextDiff(List<Span> deleted, List<Span> inserted) {

    public TextDiff {
        deleted = List.copyOf(deleted);
        inserted = List.copyOf(inserted);
    }

    /** True when the two texts are the same. */
    public boolean isEmpty() {
        return deleted.isEmpty() && inserted.isEmpty();
    }
}
