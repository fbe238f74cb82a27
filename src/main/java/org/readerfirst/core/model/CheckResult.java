package org.readerfirst.core.model;

import java.util.Comparator;
import java.util.List;

/**
 * What the checks found in one snapshot; {@code language} is the one used, never AUTO.
 *
 * @param checkedChars the text was checked from its start to here; a text too long to check whole
 *                     is checked up to a cap and the rest is left, which {@link #uncheckedChars()} tells
 */
public record CheckResult(TextSnapshot snapshot, Language language, List<Finding> findings, int checkedChars) {

    public CheckResult {
        if (checkedChars < 0 || checkedChars > snapshot.text().length()) {
            throw new IllegalArgumentException("checked " + checkedChars + " of " + snapshot.text().length()
                    + " characters");
        }
        findings = findings.stream()
                .sorted(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end)
                        .thenComparing(Finding::ruleId))
                .toList();
    }

    /** A check of the whole text. */
    public CheckResult(TextSnapshot snapshot, Language language, List<Finding> findings) {
        this(snapshot, language, findings, snapshot.text().length());
    }

    /** The characters at the end of the text that were not checked; 0 when all were. */
    public int uncheckedChars() {
        return snapshot.text().length() - checkedChars;
    }

    /** The same check with other findings, of the same part of the same text. */
    public CheckResult withFindings(List<Finding> others) {
        return new CheckResult(snapshot, language, others, checkedChars);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public Score score() {
        return Score.of(findings);
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}
