package org.readerfirst.core.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.lang.Token;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;

/** Flags the phrases of a list wherever they stand, inflected or slightly misspelt. */
final class PhraseRule extends PackRule {

    private static final int DEFAULT_GAP = 1;

    private final Map<Language, List<PhrasePattern>> patterns = new EnumMap<>(Language.class);
    private final Map<Language, WordMatcher> matchers = new EnumMap<>(Language.class);
    private final int maxGap;

    PhraseRule(RuleDefinition definition, Language language, CategoryTexts texts, Lemmatizers lemmatizers) {
        super(definition, language, texts);
        this.maxGap = definition.maxGap() == null ? DEFAULT_GAP : definition.maxGap();
        List<Language> languages = language == null ? List.of(Language.ENGLISH, Language.FINNISH) : List.of(language);
        for (Language l : languages) {
            List<PhrasePattern> compiled = new ArrayList<>();
            for (String phrase : definition.phrases()) {
                compiled.add(PhrasePattern.compile(phrase, lemmatizers.tokenizer(l)));
            }
            patterns.put(l, List.copyOf(compiled));
            matchers.put(l, new WordMatcher(l));
        }
    }

    @Override
    public List<Finding> check(AnalyzedText text, CheckContext context) {
        List<PhrasePattern> mine = patterns.get(text.language());
        if (mine == null) {
            return List.of();
        }
        WordMatcher matcher = matchers.get(text.language());
        List<Token> tokens = text.tokens();
        List<Finding> findings = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int bestEnd = -1;
            for (PhrasePattern p : mine) {
                bestEnd = Math.max(bestEnd, p.matchAt(tokens, i, maxGap, matcher));
            }
            if (bestEnd > i) {
                int start = tokens.get(i).start();
                int end = tokens.get(bestEnd - 1).end();
                findings.add(finding(start, end, Map.of("match", text.slice(start, end)),
                        definition.suggestions(), context));
                i = bestEnd;
            } else {
                i++;
            }
        }
        return findings;
    }
}
