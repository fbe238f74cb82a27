package org.readerfirst.core.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.lang.Token;
import org.readerfirst.core.metrics.Span;
import org.readerfirst.core.model.Language;

/**
 * A list of phrases compiled for each language a rule serves. Finding them costs about the size of
 * the text, not the text times the phrases: each phrase is tried only where the text has a word
 * sharing a match key with a word the phrase can begin with.
 */
final class PhraseSet {

    static final int DEFAULT_GAP = 1;

    private record Compiled(List<PhrasePattern> patterns, Map<String, List<Integer>> byKey) {
    }

    private final Map<Language, Compiled> compiled = new EnumMap<>(Language.class);
    private final int maxGap;
    private final PhraseIndex index;
    private final int id;
    private boolean wholeWords;
    private boolean noSlips;

    /** A list that is part of a rule book: its phrases go into the book's index. */
    PhraseSet(List<String> phrases, Language language, PhraseIndex index, int maxGap) {
        this(phrases, language, index.lemmatizers(), maxGap, index);
    }

    /** A list of its own, made for one check (an audience's interests). */
    PhraseSet(List<String> phrases, Language language, Lemmatizers lemmatizers, int maxGap) {
        this(phrases, language, lemmatizers, maxGap, null);
    }

    private PhraseSet(List<String> phrases, Language language, Lemmatizers lemmatizers, int maxGap, PhraseIndex index) {
        this.maxGap = maxGap;
        this.index = index;
        this.id = index == null ? -1 : index.register();
        List<Language> languages = language == null ? List.of(Language.ENGLISH, Language.FINNISH) : List.of(language);
        for (Language l : languages) {
            List<PhrasePattern> patterns = new ArrayList<>();
            Map<String, List<Integer>> byKey = new HashMap<>();
            for (String phrase : phrases) {
                PhrasePattern p = PhrasePattern.compile(phrase, lemmatizers.tokenizer(l));
                int patternIndex = patterns.size();
                patterns.add(p);
                for (PhrasePattern.Word w : p.entryWords()) {
                    Set<String> keys = w.exact() ? MatchKeys.exact(w.norm()) : MatchKeys.compute(w.norm(), w.forms(), l);
                    for (String key : keys) {
                        List<Integer> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
                        if (!list.contains(patternIndex)) {
                            list.add(patternIndex);
                        }
                        if (index != null) {
                            index.add(l, key, id, patternIndex);
                        }
                    }
                }
            }
            compiled.put(l, new Compiled(List.copyOf(patterns), byKey));
        }
    }

    /** Finnish compounds do not stand for their heads in this set: see {@link WordMatcher#wholeWordsOf}. */
    PhraseSet wholeWords() {
        this.wholeWords = true;
        return this;
    }

    /** No slips of the keyboard in this set: see {@link WordMatcher#withoutSlipsOf}. */
    PhraseSet withoutSlips() {
        this.noSlips = true;
        return this;
    }

    private WordMatcher matcher(Language language) {
        return noSlips ? WordMatcher.withoutSlipsOf(language)
                : wholeWords ? WordMatcher.wholeWordsOf(language) : WordMatcher.of(language);
    }

    boolean isEmpty() {
        return compiled.values().stream().allMatch(c -> c.patterns().isEmpty());
    }

    /** A place a phrase stands, with the index of the phrase in the list the set was made from. */
    record Match(Span span, int phrase) {
    }

    /** Every place a phrase stands: the longest match where several begin at one word, no overlaps. */
    List<Span> find(AnalyzedText text) {
        return findTagged(text).stream().map(Match::span).toList();
    }

    /** As {@link #find}, telling which phrase matched (the first of the longest where several do). */
    List<Match> findTagged(AnalyzedText text) {
        Compiled mine = compiled.get(text.language());
        if (mine == null || mine.patterns().isEmpty() || text.tokens().isEmpty()) {
            return List.of();
        }
        Candidates candidates = candidates(mine, text);
        if (candidates.isEmpty()) {
            return List.of();
        }
        WordMatcher matcher = matcher(text.language());
        List<Token> tokens = text.tokens();
        List<Match> found = new ArrayList<>();
        int next = 0;
        int n = candidates.size();
        for (int i = 0; i < n; ) {
            int start = candidates.token(i);
            int bestEnd = -1;
            int bestPhrase = -1;
            for (; i < n && candidates.token(i) == start; i++) {
                if (start < next) {
                    continue;
                }
                int p = candidates.phrase(i);
                int end = mine.patterns().get(p).matchAt(tokens, start, maxGap, matcher);
                if (end > bestEnd || (end == bestEnd && p < bestPhrase)) {
                    bestEnd = end;
                    bestPhrase = p;
                }
            }
            if (start >= next && bestEnd > start) {
                found.add(new Match(new Span(tokens.get(start).start(), tokens.get(bestEnd - 1).end()), bestPhrase));
                next = bestEnd;
            }
        }
        return found;
    }

    /**
     * Token index to the patterns worth trying there: from the text's pass over its rule book's
     * index where it has one, else by walking the smaller of the two key sets.
     */
    private Candidates candidates(Compiled mine, AnalyzedText text) {
        if (index != null && text.phraseIndex() == index) {
            return text.candidates(id);
        }
        Candidates candidates = new Candidates();
        if (mine.byKey().size() <= text.keyCount()) {
            mine.byKey().forEach((key, patterns) -> {
                for (int token : text.tokensWithKey(key)) {
                    patterns.forEach(p -> candidates.add(token, p));
                }
            });
        } else {
            for (String key : text.keys()) {
                List<Integer> patterns = mine.byKey().get(key);
                if (patterns != null) {
                    for (int token : text.tokensWithKey(key)) {
                        patterns.forEach(p -> candidates.add(token, p));
                    }
                }
            }
        }
        return candidates;
    }

    /** Whether any phrase stands in the text; stops at the first. */
    boolean anyIn(AnalyzedText text) {
        Compiled mine = compiled.get(text.language());
        if (mine == null || mine.patterns().isEmpty() || text.tokens().isEmpty()) {
            return false;
        }
        WordMatcher matcher = matcher(text.language());
        Candidates candidates = candidates(mine, text);
        for (int i = 0; i < candidates.size(); i++) {
            int start = candidates.token(i);
            if (mine.patterns().get(candidates.phrase(i)).matchAt(text.tokens(), start, maxGap, matcher) > start) {
                return true;
            }
        }
        return false;
    }
}
