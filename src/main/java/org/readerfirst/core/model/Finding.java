package org.readerfirst.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One thing a check noticed in a text.
 *
 * @param start offset of the first UTF-16 code unit concerned
 * @param end offset after the last one (exclusive)
 * @param suggestions replacements for the text in [start, end), best first; applying one is the fix
 */
public record Finding(String ruleId, Category category, Severity severity, int start, int end,
                      String message, String why, List<String> suggestions) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        why = why == null ? "" : why;
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** Whether the finding points at words of the text; one about the whole draft does not ({@link Category#wholeDraft}). */
    public boolean pointsAtWords() {
        return !category.wholeDraft();
    }

    public int length() {
        return end - start;
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, category, newSeverity, start, end, message, why, suggestions);
    }

    /** The same finding moved by {@code delta} characters, for when text was inserted before it. */
    public Finding shifted(int delta) {
        return new Finding(ruleId, category, severity, start + delta, end + delta, message, why, suggestions);
    }
}
