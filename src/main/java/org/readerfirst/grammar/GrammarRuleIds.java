package org.readerfirst.grammar;

import org.readerfirst.core.model.Category;

/**
 * What a rule id says of a grammar or spelling finding: whose it is (LanguageTool's ids start
 * "lt:", Voikko's "voikko:") and whether it is spelling. The window names, groups and lets the writer
 * switch off findings by these; it learns them here rather than typing the prefixes again.
 */
public final class GrammarRuleIds {

    private GrammarRuleIds() {
    }

    /** A finding of LanguageTool or Voikko rather than of the rule packs. */
    public static boolean isGrammar(String ruleId) {
        return isLanguageTool(ruleId) || ruleId.startsWith(VoikkoFinnish.PREFIX);
    }

    /** A finding of LanguageTool, whose rules the writer can switch off one by one. */
    public static boolean isLanguageTool(String ruleId) {
        return ruleId.startsWith(LanguageToolProofreader.PREFIX);
    }

    /** Spelling or grammar: LanguageTool's spellers are MORFOLOGIK_* and HUNSPELL_*, Voikko's is voikko:spelling. */
    public static Category category(String ruleId) {
        return ruleId.contains("SPELL") || ruleId.contains("MORFOLOGIK") || ruleId.equals(VoikkoFinnish.SPELLING_RULE)
                ? Category.SPELLING : Category.GRAMMAR;
    }
}
