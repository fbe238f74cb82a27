package org.readerfirst.core.lang;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits a text into word tokens with their spans. Apostrophes and hyphens inside a word belong to it
 * ("LinkedIn-verkostooni", "I'd"); English contractions also yield their long forms so that a rule
 * written as "I would like" matches "I'd like".
 */
public final class Tokenizer {

    private static final Map<String, String> CONTRACTIONS = Map.of(
            "'d", "would", "'m", "am", "'re", "are", "'ve", "have", "'ll", "will");

    private static final int MAX_CACHED_WORDS = 50_000;

    private final Lemmatizer lemmatizer;
    private final boolean english;
    private final Map<String, Set<String>> formsByWord = new ConcurrentHashMap<>();

    public Tokenizer(Lemmatizer lemmatizer, boolean english) {
        this.lemmatizer = lemmatizer;
        this.english = english;
    }

    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        tokenize(text, 0, text.length(), 0, tokens);
        return tokens;
    }

    /**
     * The words of a part of a text, with offsets into the whole; sentences are numbered from
     * {@code firstSentence}. Returns the number after the last sentence used, for the next part.
     */
    public int tokenize(String text, int from, int to, int firstSentence, List<Token> tokens) {
        int sentence = firstSentence;
        int i = from;
        int n = to;
        while (i < n) {
            int cp = text.codePointAt(i);
            // A word starts with a letter or digit; marks (accents, emoji selectors) only continue one.
            if (Character.isLetterOrDigit(cp)) {
                int start = i;
                i = wordEnd(text, i);
                addWord(tokens, text, start, i, sentence);
            } else {
                if (endsSentence(text, i)) {
                    sentence++;
                }
                i += Character.charCount(cp);
            }
        }
        return sentence + 1;
    }

    private void addWord(List<Token> tokens, String text, int start, int end, int sentence) {
        String norm = normalize(text.substring(start, end));
        if (english) {
            int apostrophe = norm.lastIndexOf('\'');
            String tail = apostrophe > 0 ? norm.substring(apostrophe) : "";
            if (CONTRACTIONS.containsKey(tail)) {
                tokens.add(token(start, end, norm.substring(0, apostrophe), sentence));
                tokens.add(token(start, end, CONTRACTIONS.get(tail), sentence));
                return;
            }
            if (norm.endsWith("n't") && norm.length() > 3) {
                String head = norm.substring(0, norm.length() - 3);
                tokens.add(token(start, end, head.equals("wo") ? "will" : head.equals("ca") ? "can" : head, sentence));
                tokens.add(token(start, end, "not", sentence));
                return;
            }
        }
        tokens.add(token(start, end, norm, sentence));
    }

    private Token token(int start, int end, String norm, int sentence) {
        return new Token(start, end, norm, forms(norm), sentence);
    }

    /** A word's forms; a text repeats its words, and a re-check repeats the whole text, so they are kept. */
    private Set<String> forms(String norm) {
        Set<String> known = formsByWord.get(norm);
        if (known != null) {
            return known;
        }
        Set<String> forms = new HashSet<>(lemmatizer.forms(norm));
        if (norm.indexOf('-') > 0) {
            forms.add(norm.replace("-", ""));
        }
        Set<String> frozen = Set.copyOf(forms);
        if (formsByWord.size() >= MAX_CACHED_WORDS) {
            formsByWord.clear();
        }
        formsByWord.put(norm, frozen);
        return frozen;
    }

    /** Lower case with typographic apostrophes folded to a plain one. */
    public static String normalize(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'');
    }

    private static int wordEnd(String text, int i) {
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                i += Character.charCount(cp);
            } else if (isJoiner(cp) && i + 1 < n && isWordChar(text.codePointAt(i + 1))) {
                i += Character.charCount(cp);
            } else {
                break;
            }
        }
        return i;
    }

    static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02bc' || cp == '-' || cp == '\u2010';
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
            return i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        }
        return false;
    }
}
