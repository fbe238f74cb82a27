package org.readerfirst.core.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.lang.Token;
import org.readerfirst.core.metrics.Span;
import org.readerfirst.core.model.Language;

/** A list of phrases compiled for each language a rule serves, found together in one pass. */
final class PhraseSet {

    static final int DEFAULT_GAP = 1;

    private final Map<Language, List<PhrasePattern>> patterns = new EnumMap<>(Language.class);
    private final int maxGap;

    PhraseSet(List<String> phrases, Language language, Lemmatizers lemmatizers, int maxGap) {
        this.maxGap = maxGap;
        List<Language> languages = language == null ? List.of(Language.ENGLISH, Language.FINNISH) : List.of(language);
        for (Language l : languages) {
            List<PhrasePattern> compiled = new ArrayList<>();
            for (String phrase : phrases) {
                compiled.add(PhrasePattern.compile(phrase, lemmatizers.tokenizer(l)));
            }
            patterns.put(l, List.copyOf(compiled));
        }
    }

    boolean isEmpty() {
        return patterns.values().stream().allMatch(List::isEmpty);
    }

    /** Every place a phrase stands, longest match first at each word, without overlaps. */
    List<Span> find(AnalyzedText text) {
        List<PhrasePattern> mine = patterns.get(text.language());
        if (mine == null || mine.isEmpty()) {
            return List.of();
        }
        WordMatcher matcher = WordMatcher.of(text.language());
        List<Token> tokens = text.tokens();
        List<Span> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int bestEnd = -1;
            for (PhrasePattern p : mine) {
                bestEnd = Math.max(bestEnd, p.matchAt(tokens, i, maxGap, matcher));
            }
            if (bestEnd > i) {
                found.add(new Span(tokens.get(i).start(), tokens.get(bestEnd - 1).end()));
                i = bestEnd;
            } else {
                i++;
            }
        }
        return found;
    }

    boolean anyIn(AnalyzedText text) {
        return !find(text).isEmpty();
    }
}
