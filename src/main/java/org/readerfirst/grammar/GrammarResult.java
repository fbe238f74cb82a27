package org.readerfirst.grammar;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;

/**
 * What grammar and spelling found in one text.
 *
 * @param language the language checked, never AUTO
 * @param findings offsets are into the whole text (UTF-16), sorted by position
 * @param notices what the writer should know about the check itself, one line each: a part that could
 *                not be checked, or a checker that is not installed
 * @param checkedUpTo the text was checked from 0 to here; the rest was too long to check, which is
 *                    where the rules stop too ({@link org.readerfirst.core.rules.CheckedPrefix})
 * @param complete true when the whole text was checked without trouble
 */
public record GrammarResult(Language language, List<Finding> findings, List<String> notices, int checkedUpTo,
                            boolean complete) {

    public GrammarResult {
        Objects.requireNonNull(language, "language");
        findings = findings.stream()
                .sorted(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end)
                        .thenComparing(Finding::ruleId))
                .toList();
        notices = List.copyOf(notices);
    }
}
