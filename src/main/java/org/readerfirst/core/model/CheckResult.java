package org.readerfirst.core.model;

import java.util.Comparator;
import java.util.List;

/** What the checks found in one snapshot; {@code language} is the one used, never AUTO. */
public record CheckResult(TextSnapshot snapshot, Language language, List<Finding> findings) {

    public CheckResult {
        findings = findings.stream()
                .sorted(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end)
                        .thenComparing(Finding::ruleId))
                .toList();
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
