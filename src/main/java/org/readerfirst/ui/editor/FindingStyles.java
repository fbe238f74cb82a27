package org.readerfirst.ui.editor;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Severity;

/**
 * Turns findings into the editor's style spans: each stretch of text gets the classes of the most
 * severe finding over it ({@code finding finding-error}, {@code -warning} or {@code -hint}), so
 * overlapping findings draw one underline rather than a pile of them. A finding about the whole draft
 * (its length, the publishing rhythm) is not underlined: it stands in the panel only.
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
        SpanCover cover = new SpanCover(length, Severity.values().length);
        for (Finding f : findings) {
            if (!f.pointsAtWords()) {
                continue;
            }
            cover.add(f.start(), f.end(), f.severity().ordinal());
        }
        return cover.styles(rank -> List.of(FINDING, classOf(Severity.values()[rank])));
    }
}
