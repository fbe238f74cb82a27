package org.readerfirst.core.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.readerfirst.core.lang.Token;
import org.readerfirst.core.metrics.CodeSpans;
import org.readerfirst.core.metrics.Quotes;
import org.readerfirst.core.metrics.Span;
import org.readerfirst.core.metrics.TextSpans;
import org.readerfirst.core.model.Language;

/**
 * A text cut into tokens once and shared by every rule of a check, with what several rules need
 * worked out on first use: its sentences, its paragraphs and an index from match keys to the tokens
 * that carry them. Used by one thread at a time.
 */
public final class AnalyzedText {

    private final String text;
    private final Language language;
    private final List<Token> tokens;
    private final int[] starts;
    private List<Span> sentences;
    private List<Span> paragraphs;
    private List<Span> quoted;
    private Map<String, List<Integer>> index;
    private final PhraseIndex phraseIndex;
    private List<Candidates> candidates;

    public AnalyzedText(String text, Language language, List<Token> tokens) {
        this(text, language, tokens, null);
    }

    AnalyzedText(String text, Language language, List<Token> tokens, PhraseIndex phraseIndex) {
        this.text = text;
        this.language = language;
        this.phraseIndex = phraseIndex;
        this.tokens = List.copyOf(tokens);
        this.starts = this.tokens.stream().mapToInt(Token::start).toArray();
    }

    public String text() {
        return text;
    }

    public Language language() {
        return language;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public String slice(int start, int end) {
        return text.substring(start, end);
    }

    /** What stands in quotation marks or on '>' lines, found once for all the rules that leave it alone. */
    public List<Span> quoted() {
        if (quoted == null) {
            quoted = Quotes.find(text);
        }
        return quoted;
    }

    /** Whether [start, end) lies inside one quotation of the text. */
    public boolean inQuote(int start, int end) {
        return CodeSpans.inside(quoted(), start, end);
    }

    public List<Span> sentences() {
        if (sentences == null) {
            sentences = TextSpans.sentences(text);
        }
        return sentences;
    }

    public List<Span> paragraphs() {
        if (paragraphs == null) {
            paragraphs = TextSpans.paragraphs(text);
        }
        return paragraphs;
    }

    /** The tokens that start inside a span, found by binary search. */
    public List<Token> tokensIn(Span span) {
        int from = firstAtOrAfter(span.start());
        int to = firstAtOrAfter(span.end());
        return tokens.subList(from, to);
    }

    /** The index of the first token that ends after {@code offset}, or the number of tokens. */
    int firstEndingAfter(int offset) {
        int i = firstAtOrAfter(offset + 1) - 1;
        return i >= 0 && tokens.get(i).end() > offset ? i : i + 1;
    }

    private int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    PhraseIndex phraseIndex() {
        return phraseIndex;
    }

    /**
     * Where the phrases of one list of the rule book may begin: token index to phrase indexes. One
     * pass over the words, looking each up in the book's index, serves every list.
     */
    Candidates candidates(int set) {
        if (candidates == null) {
            candidates = new ArrayList<>(phraseIndex.size());
            for (int i = 0; i < phraseIndex.size(); i++) {
                candidates.add(null);
            }
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                for (String key : MatchKeys.of(t.norm(), t.forms(), language)) {
                    for (PhraseIndex.Ref ref : phraseIndex.refs(language, key)) {
                        Candidates forSet = candidates.get(ref.set());
                        if (forSet == null) {
                            forSet = new Candidates();
                            candidates.set(ref.set(), forSet);
                        }
                        forSet.add(i, ref.phrase());
                    }
                }
            }
        }
        Candidates mine = set < candidates.size() ? candidates.get(set) : null;
        return mine == null ? Candidates.NONE : mine;
    }

    /** The indexes of the tokens that carry a match key (see {@link MatchKeys}). */
    List<Integer> tokensWithKey(String key) {
        return index().getOrDefault(key, List.of());
    }

    int keyCount() {
        return index().size();
    }

    java.util.Set<String> keys() {
        return index().keySet();
    }

    private Map<String, List<Integer>> index() {
        if (index == null) {
            index = new HashMap<>(tokens.size() * 8);
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                for (String key : MatchKeys.of(t.norm(), t.forms(), language)) {
                    index.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
                }
            }
        }
        return index;
    }
}
