package org.readerfirst.core.rules;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;

/**
 * Holds a text to a bound of the limits table: at most so many characters (the part past the limit
 * is flagged), or at least so many words. The words are English words: Finnish says the same in
 * about three quarters as many (its endings do the work of English's small words), so a Finnish text
 * is held to three quarters of a minimum.
 */
final class LengthRule extends PackRule {

    /** Finnish words to English words for the same text, about. */
    static final double FINNISH_WORDS = 0.75;

    private final String limit;

    LengthRule(RuleDefinition definition, Language language, CategoryTexts texts) {
        super(definition, language, texts);
        this.limit = definition.limit();
    }

    @Override
    public List<Finding> check(AnalyzedText text, CheckContext context) {
        OptionalInt bound = context.limits().get(context.type(), limit);
        if (bound.isEmpty()) {
            return List.of();
        }
        int value = bound.getAsInt();
        String s = text.text();
        if (limit.startsWith("min-")) {
            if (context.language() == Language.FINNISH) {
                value = (int) Math.round(value * FINNISH_WORDS);
            }
            int words = text.tokens().size();
            if (words == 0 || words >= value) {
                return List.of();
            }
            int start = 0;
            while (start < s.length() && Character.isWhitespace(s.charAt(start))) {
                start++;
            }
            int end = s.stripTrailing().length();
            return List.of(finding(start, end, Map.of("words", words, "min", value,
                    "surface", context.type().displayName(context.messageLanguage())), List.of(), context));
        }
        if (s.length() <= value) {
            return List.of();
        }
        int start = value;
        if (start > 0 && Character.isLowSurrogate(s.charAt(start)) && Character.isHighSurrogate(s.charAt(start - 1))) {
            start--;
        }
        return List.of(finding(start, s.length(), Map.of("chars", s.length(),
                "limit", value, "over", s.length() - value,
                "surface", context.type().displayName(context.messageLanguage())), List.of(), context));
    }
}
