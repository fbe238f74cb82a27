package org.readerfirst.grammar;

import java.util.Map;
import org.readerfirst.core.model.Severity;

/** Voikko's grammar error codes, named so that a writer's ignored rules read as words. */
final class VoikkoGrammarCodes {

    /** Voikko's grammar checker repeats the speller's verdicts under this code; the speller reports those. */
    static final int SPELLING = 1;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(2, "extra-space"),
            Map.entry(3, "space-before-punctuation"),
            Map.entry(4, "extra-comma"),
            Map.entry(5, "sentence-start"),
            Map.entry(6, "lower-case-first-letter"),
            Map.entry(7, "upper-case-first-letter"),
            Map.entry(8, "repeated-word"),
            Map.entry(9, "missing-end-punctuation"),
            Map.entry(10, "punctuation-after-quotation"),
            Map.entry(11, "foreign-quotation-mark"),
            Map.entry(12, "misplaced-parenthesis"),
            Map.entry(13, "negative-verb-mismatch"),
            Map.entry(14, "a-infinitive"),
            Map.entry(15, "ma-infinitive"),
            Map.entry(16, "conjunction-at-end"),
            Map.entry(17, "missing-main-verb"),
            Map.entry(18, "extra-main-verb"));

    private VoikkoGrammarCodes() {
    }

    static String name(int code) {
        return NAMES.getOrDefault(code, "grammar-" + code);
    }

    /**
     * Spacing and punctuation are hints, as LanguageTool's typography is; so are a line without a main
     * verb and a line that starts in lower case, which LinkedIn text is full of on purpose (greetings,
     * headings, list items, "Kiinnostava kokeilu, Heikki.", a line that starts with code). The rest are
     * warnings.
     */
    static Severity severity(int code) {
        return code >= 2 && code <= 12 && code != 8 || code == 17 ? Severity.HINT : Severity.WARNING;
    }
}
