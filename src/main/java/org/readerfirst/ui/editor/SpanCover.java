package org.readerfirst.ui.editor;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Which spans lie over each stretch of a text, in one pass over their ends rather than one pass over
 * the spans per stretch: the thousands of underlines of a long draft are laid out in milliseconds.
 * Each span has a rank (0 the strongest); a stretch is styled by the strongest rank over it.
 */
final class SpanCover {

    private final int length;
    private final int ranks;
    /** Per position where a span starts or ends, how many spans of each rank begin (+) or end (-) there. */
    private final TreeMap<Integer, int[]> changes = new TreeMap<>();

    SpanCover(int length, int ranks) {
        this.length = length;
        this.ranks = ranks;
        changes.put(0, new int[ranks]);
        changes.put(length, new int[ranks]);
    }

    /** Adds a span, clipped to the text; an empty one only cuts the text where it is. */
    void add(int start, int end, int rank) {
        int from = Math.min(start, length);
        int to = Math.min(end, length);
        int[] atFrom = changes.computeIfAbsent(from, k -> new int[ranks]);
        int[] atTo = changes.computeIfAbsent(to, k -> new int[ranks]);
        if (to > from) {
            atFrom[rank]++;
            atTo[rank]--;
        }
    }

    /** Spans covering exactly the text's length, each stretch styled by {@code style} of its strongest rank, or none. */
    StyleSpans<Collection<String>> styles(IntFunction<Collection<String>> style) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int[] over = new int[ranks];
        int from = 0;
        for (Map.Entry<Integer, int[]> at : changes.entrySet()) {
            int to = at.getKey();
            if (to > from) {
                builder.add(strongest(over, style), to - from);
                from = to;
            }
            for (int r = 0; r < ranks; r++) {
                over[r] += at.getValue()[r];
            }
        }
        if (length == 0) {
            builder.add(List.of(), 0);
        }
        return builder.create();
    }

    private static Collection<String> strongest(int[] over, IntFunction<Collection<String>> style) {
        for (int r = 0; r < over.length; r++) {
            if (over[r] > 0) {
                return style.apply(r);
            }
        }
        return List.of();
    }
}
