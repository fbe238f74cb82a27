package org.readerfirst.grammar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Severity;

class GrammarOptionsTest {

    private static Finding spelling(String words) {
        return new Finding("voikko:spelling", Category.SPELLING, Severity.WARNING, 0, words.length(), "m", "w", List.of());
    }

    @Test
    void a_word_of_the_personal_dictionary_is_known_also_with_a_finnish_ending_after_a_colon() {
        GrammarOptions options = GrammarOptions.defaults().withPersonalDictionary(Set.of("Netvisor"));
        assertFalse(options.keeps(spelling("Netvisor"), "Netvisor"));
        assertFalse(options.keeps(spelling("Netvisor:ssa"), "Netvisor:ssa"));
        assertTrue(options.keeps(spelling("Procountor"), "Procountor"));
    }

    @Test
    void a_rule_the_writer_switched_off_goes_and_grammar_is_not_looked_up_in_the_dictionary() {
        Finding grammar = new Finding("lt:EN_A_VS_AN", Category.GRAMMAR, Severity.WARNING, 0, 1, "m", "w", List.of());
        GrammarOptions options = GrammarOptions.defaults().withPersonalDictionary(Set.of("a"));
        assertTrue(options.keeps(grammar, "a"));
        assertFalse(options.withIgnoredRules(Set.of("EN_A_VS_AN")).keeps(grammar, "a"));
    }
}
