package org.readerfirst.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * Marks stretches of a text with one style class, on their own or laid over other styles (the
 * findings' underlines), so that a copied run is shaded and still underlined where a finding is.
 */
public final class MarkStyles {

    private MarkStyles() {
    }

    /** Spans covering exactly {@code length} characters; marks past the end are clipped. */
    public static StyleSpans<Collection<String>> spans(List<TextSpan> marks, int length, String styleClass) {
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
     * The stretch {@code [from, to)} outside which two stylings of the same text give every character
     * the same classes, however their spans are cut; empty when they agree everywhere. The editor keeps
     * its styles as the writer types, so a new check often styles most of the text as it is, and
     * restyling only what differs spares RichTextFX laying out the other paragraphs again.
     */
    static Optional<TextSpan> difference(StyleSpans<Collection<String>> a, StyleSpans<Collection<String>> b) {
        List<Run> x = runs(a);
        List<Run> y = runs(b);
        int length = Math.max(total(x), total(y));
        int from = agreeing(x, y);
        if (from >= length) {
            return Optional.empty();
        }
        int to = length - agreeing(reversed(x), reversed(y));
        return Optional.of(new TextSpan(from, Math.max(to, from + 1)));
    }

    /** How many characters from the start the two give the same classes. */
    private static int agreeing(List<Run> x, List<Run> y) {
        int i = 0;
        int j = 0;
        int at = 0;
        int leftX = x.isEmpty() ? 0 : x.get(0).length();
        int leftY = y.isEmpty() ? 0 : y.get(0).length();
        while (i < x.size() && j < y.size()) {
            if (!x.get(i).classes().equals(y.get(j).classes())) {
                return at;
            }
            int step = Math.min(leftX, leftY);
            at += step;
            leftX -= step;
            leftY -= step;
            if (leftX == 0 && ++i < x.size()) {
                leftX = x.get(i).length();
            }
            if (leftY == 0 && ++j < y.size()) {
                leftY = y.get(j).length();
            }
        }
        return at;
    }

    private static int total(List<Run> runs) {
        int sum = 0;
        for (Run r : runs) {
            sum += r.length();
        }
        return sum;
    }

    private static List<Run> reversed(List<Run> runs) {
        List<Run> out = new ArrayList<>(runs);
        java.util.Collections.reverse(out);
        return out;
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
