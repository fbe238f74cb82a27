package org.readerfirst.core.rules;

import java.util.List;
import java.util.Map;
import org.readerfirst.core.lang.Token;
import org.readerfirst.core.metrics.Span;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;

/**
 * A short comment, message or note that could be sent to anyone: it says something stock (praise,
 * thanks, congratulations, a wish to connect) and nothing else but names, greetings and words that
 * carry no content of their own. "Congrats, Anna!", "Well done!", "I found your profile interesting and
 * would like to connect" are stock; "Congrats, Anna: the pricing page you rebuilt doubled our trials"
 * is not, for the words that only this person's work explains.
 *
 * <p>{@code phrases} are the stock things said, {@code words} the words of no content, {@code max} the
 * most words a text may have per surface, {@code max-specific} how many other words it may still
 * hold (default 1).
 */
final class StockRule extends PackRule {

    private final PhraseSet stock;
    private final PhraseSet filler;
    private final int maxSpecific;

    StockRule(RuleDefinition definition, Language language, CategoryTexts texts, PhraseIndex phrases) {
        super(definition, language, texts);
        int gap = definition.maxGap() == null ? PhraseSet.DEFAULT_GAP : definition.maxGap();
        this.stock = new PhraseSet(definition.phrases(), language, phrases, gap);
        this.filler = new PhraseSet(definition.words(), language, phrases, 0);
        this.maxSpecific = definition.maxSpecific() == null ? 1 : definition.maxSpecific();
    }

    @Override
    public List<Finding> check(AnalyzedText text, CheckContext context) {
        List<Token> tokens = text.tokens();
        if (tokens.isEmpty() || tokens.size() > definition.maxFor(context.type())) {
            return List.of();
        }
        List<Span> said = stock.find(text);
        if (said.isEmpty()) {
            return List.of();
        }
        boolean[] covered = new boolean[tokens.size()];
        cover(tokens, said, covered);
        cover(tokens, filler.find(text), covered);
        int specific = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!covered[i] && !name(text, tokens, i) && !number(tokens.get(i)) && ++specific > maxSpecific) {
                return List.of();
            }
        }
        Token first = tokens.get(0);
        Token last = tokens.get(tokens.size() - 1);
        return List.of(finding(first.start(), last.end(), Map.of("match", text.slice(said.get(0).start(),
                said.get(0).end())), definition.suggestions(), context));
    }

    private static void cover(List<Token> tokens, List<Span> spans, boolean[] covered) {
        for (Span s : spans) {
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.start() >= s.start() && t.end() <= s.end()) {
                    covered[i] = true;
                }
            }
        }
    }

    private static boolean number(Token t) {
        return t.norm().chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',');
    }

    /**
     * A name or an abbreviation: capitals inside the word, or a capital where a sentence does not
     * start, or a capital at the start of a sentence on a word that is addressed ("Anna, well done").
     */
    static boolean name(AnalyzedText text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String word = text.slice(t.start(), t.end());
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        if (word.codePoints().skip(1).anyMatch(Character::isUpperCase)) {
            return true;
        }
        boolean sentenceStart = i == 0 || tokens.get(i - 1).sentence() != t.sentence();
        if (!sentenceStart) {
            return true;
        }
        String after = text.text().substring(t.end(), Math.min(text.text().length(), t.end() + 1));
        return after.equals(",") || after.equals("!");
    }
}
