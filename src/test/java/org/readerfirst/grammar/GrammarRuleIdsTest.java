package org.readerfirst.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.readerfirst.core.model.Category;

class GrammarRuleIdsTest {

    @Test
    void the_checkers_ids_are_told_from_the_packs_and_spelling_from_grammar() {
        assertTrue(GrammarRuleIds.isGrammar("lt:EN_A_VS_AN"));
        assertTrue(GrammarRuleIds.isGrammar("voikko:spelling"));
        assertFalse(GrammarRuleIds.isGrammar("promo-announcement"));
        assertTrue(GrammarRuleIds.isLanguageTool("lt:MORFOLOGIK_RULE_EN_US"));
        assertFalse(GrammarRuleIds.isLanguageTool("voikko:extra-main-verb"));
        assertEquals(Category.SPELLING, GrammarRuleIds.category("lt:MORFOLOGIK_RULE_EN_GB"));
        assertEquals(Category.SPELLING, GrammarRuleIds.category("voikko:spelling"));
        assertEquals(Category.GRAMMAR, GrammarRuleIds.category("voikko:extra-main-verb"));
        assertEquals(Category.GRAMMAR, GrammarRuleIds.category("lt:EN_A_VS_AN"));
    }
}
