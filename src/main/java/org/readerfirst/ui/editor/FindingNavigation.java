package org.readerfirst.ui.editor;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.readerfirst.core.model.Finding;

/**
 * Next and previous finding from the caret, in the order they stand in the text; past the last one
 * it goes round to the first, as a spelling checker does. Findings about the whole draft stand in no
 * place of the text and are passed over.
 */
public final class FindingNavigation {

    private FindingNavigation() {
    }

    public static Optional<Finding> next(List<Finding> findings, int caret) {
        List<Finding> sorted = sorted(findings);
        return sorted.stream().filter(f -> f.start() > caret).findFirst()
                .or(() -> sorted.stream().findFirst());
    }

    public static Optional<Finding> previous(List<Finding> findings, int caret) {
        List<Finding> sorted = sorted(findings);
        Optional<Finding> before = Optional.empty();
        for (Finding f : sorted) {
            if (f.start() < caret) {
                before = Optional.of(f);
            }
        }
        return before.or(() -> sorted.isEmpty() ? Optional.empty() : Optional.of(sorted.get(sorted.size() - 1)));
    }

    private static List<Finding> sorted(List<Finding> findings) {
        return findings.stream().filter(Finding::pointsAtWords).sorted(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end)).toList();
    }
}
