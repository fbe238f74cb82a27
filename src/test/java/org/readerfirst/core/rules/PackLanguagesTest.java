package org.readerfirst.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.readerfirst.core.lang.Lemmatizers;

/**
 * The window speaks English or Finnish whatever the draft's language, so every built-in rule must say
 * its message and its why in both, with the same placeholders in each.
 */
class PackLanguagesTest {

    private static final RulePackLoader LOADER = new RulePackLoader(Lemmatizers.stemmers());
    private static final RuleBook BOOK = LOADER.loadBuiltIn();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}\\s]+}");

    private static List<PackRule> rules() {
        List<PackRule> rules = BOOK.rules().stream().filter(PackRule.class::isInstance).map(PackRule.class::cast)
                .toList();
        assertFalse(rules.isEmpty(), "no built-in rules loaded: " + BOOK.problems());
        return rules;
    }

    private static String where(PackRule rule) {
        return (rule.language() == null ? "common" : rule.language().id()) + "/" + rule.id();
    }

    /**
     * A problem with a text, or null. A plain YAML string is read as the same text for both languages,
     * so identical English and Finnish mean one of the two was never written.
     */
    private static String missingLanguage(LocalizedText text) {
        if (text == null) {
            return "is missing";
        }
        if (text.en() == null || text.en().isBlank()) {
            return "has no English";
        }
        if (text.fi() == null || text.fi().isBlank()) {
            return "has no Finnish";
        }
        if (text.en().equals(text.fi())) {
            return "is one plain text, not {en: ..., fi: ...}";
        }
        return null;
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        found.sort(null);
        return found;
    }

    @Test
    void every_message_is_written_in_english_and_finnish() {
        List<String> problems = new ArrayList<>();
        for (PackRule rule : rules()) {
            String problem = missingLanguage(rule.definition().message());
            if (problem != null) {
                problems.add(where(rule) + ": message " + problem);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void every_why_is_written_in_english_and_finnish() {
        CategoryTexts categories = LOADER.categoryTexts();
        List<String> problems = new ArrayList<>();
        for (PackRule rule : rules()) {
            RuleDefinition d = rule.definition();
            LocalizedText why = d.why() != null ? d.why() : categories.why(d.categoryValue());
            String problem = missingLanguage(why);
            if (problem != null) {
                problems.add(where(rule) + ": why " + problem
                        + (d.why() == null ? " (from category '" + d.category() + "')" : ""));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void english_and_finnish_use_the_same_placeholders() {
        List<String> problems = new ArrayList<>();
        for (PackRule rule : rules()) {
            RuleDefinition d = rule.definition();
            for (LocalizedText text : new LocalizedText[] {d.message(), d.why()}) {
                if (text == null || text.en() == null || text.fi() == null) {
                    continue;
                }
                List<String> en = placeholders(text.en());
                List<String> fi = placeholders(text.fi());
                if (!en.equals(fi)) {
                    problems.add(where(rule) + ": English has " + en + ", Finnish has " + fi);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void a_plain_message_is_caught() {
        assertEquals("is one plain text, not {en: ..., fi: ...}", missingLanguage(LocalizedText.of("“{match}” is slang.")));
        assertEquals("has no Finnish", missingLanguage(new LocalizedText("“{match}” is slang.", null)));
        assertNull(missingLanguage(new LocalizedText("“{match}” is slang.", "”{match}” on slangia.")));
        assertFalse(placeholders("{words} words, {max} at most").equals(placeholders("{words} sanaa")));
    }
}
