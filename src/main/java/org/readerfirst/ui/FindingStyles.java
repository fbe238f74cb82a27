package org.readerfirst.ui;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Severity;

/**
 * Turns findings into the editor's style spans: each stretch of text gets the classes of the most
 * severe finding over it ({@code finding finding-error}, {@code -warning} or {@code -hint}), so
 * overlapping findings draw one underline rather than a pile of them.
 */
final class FindingStyles {

    static final String FINDING = "finding";

    private FindingStyles() {
    }

    static String classOf(Severity severity) {
        return FINDING + "-" + severity.id();
    }

    /** Spans covering exactly {@code length} characters; findings past the end are clipped. */
    static StyleSpans<Collection<String>> spans(List<Finding> findings, int length) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(length);
        for (Finding f : findings) {
            cuts.add(Math.min(f.start(), length));
            cuts.add(Math.min(f.end(), length));
        }
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            builder.add(classesOver(findings, from, to), to - from);
            from = to;
        }
        if (length == 0) {
            builder.add(List.of(), 0);
        }
        return builder.create();
    }

    private static Collection<String> classesOver(List<Finding> findings, int from, int to) {
        Severity worst = null;
        for (Finding f : findings) {
            if (f.start() <= from && f.end() >= to && f.end() > f.start()
                    && (worst == null || f.severity().compareTo(worst) < 0)) {
                worst = f.severity();
            }
        }
        return worst == null ? List.of() : List.of(FINDING, classOf(worst));
    }
}
