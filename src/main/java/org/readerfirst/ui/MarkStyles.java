package org.readerfirst.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * Marks stretches of a text with one style class, on their own or laid over other styles (the
 * findings' underlines), so that a copied run is shaded and still underlined where a finding is.
 */
final class MarkStyles {

    private MarkStyles() {
    }

    /** Spans covering exactly {@code length} characters; marks past the end are clipped. */
    static StyleSpans<Collection<String>> spans(List<TextSpan> marks, int length, String styleClass) {
        SpanCover cover = new SpanCover(length, 1);
        for (TextSpan m : marks) {
            cover.add(m.start(), m.end(), 0);
        }
        List<String> marked = List.of(styleClass);
        return cover.styles(rank -> marked);
    }

    /** {@code base} with the marks' class added where they are. */
    static StyleSpans<Collection<String>> over(StyleSpans<Collection<String>> base, List<TextSpan> marks, int length,
                                               String styleClass) {
        if (marks.isEmpty()) {
            return base;
        }
        return base.overlay(spans(marks, length, styleClass), (a, b) -> {
            if (b.isEmpty()) {
                return a;
            }
            List<String> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        });
    }

    /**
     * Whether two stylings give every character the same classes, however their spans are cut: the
     * editor keeps its styles as the writer types, so a new check often styles the text as it is.
     */
    static boolean sameStyling(StyleSpans<Collection<String>> a, StyleSpans<Collection<String>> b) {
        List<Run> x = runs(a);
        List<Run> y = runs(b);
        return x.equals(y);
    }

    private record Run(Set<String> classes, int length) {
    }

    private static List<Run> runs(StyleSpans<Collection<String>> spans) {
        List<Run> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : spans) {
            if (span.getLength() == 0) {
                continue;
            }
            Set<String> classes = new HashSet<>(span.getStyle());
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).classes().equals(classes)) {
                out.set(last, new Run(classes, out.get(last).length() + span.getLength()));
            } else {
                out.add(new Run(classes, span.getLength()));
            }
        }
        return out;
    }
}
