package org.readerfirst.core.rules;

import java.util.List;

/**
 * A rule pack file as written: its language ({@code en}, {@code fi}, or {@code any} for rules that
 * do not depend on the language) and its rules.
 */
public record PackFile(String language, List<RuleDefinition> rules) implements java.io.Serializable {

    public PackFile {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    void validate() {
        if (language == null || !List.of("en", "fi", "any").contains(language)) {
            throw new IllegalArgumentException("'language' must be en, fi or any, got '" + language + "'");
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a pack needs at least one rule under 'rules'");
        }
    }
}
