package org.readerfirst.core.model;

import java.util.Objects;

/**
 * "Not here": the writer's decision that a rule is wrong about one piece of text. It is kept with
 * the matched text rather than its offsets, so it survives edits elsewhere in the draft.
 */
public record Dismissal(String ruleId, String text) {

    public Dismissal {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(text, "text");
    }

    public boolean covers(Finding finding, String draft) {
        return finding.ruleId().equals(ruleId) && finding.end() <= draft.length()
                && draft.substring(finding.start(), finding.end()).equals(text);
    }
}
