package org.readerfirst.core.lang;

import java.util.Set;
import org.readerfirst.core.model.Language;

/**
 * Tells English from Finnish by their commonest words and by the letters Finnish uses and English
 * does not. Short or empty texts fall back to the given default.
 */
public final class LanguageDetector {

    private static final Set<String> ENGLISH = Set.of(
            "the", "and", "is", "are", "to", "of", "a", "in", "that", "it", "you", "your", "i", "we",
            "for", "on", "with", "this", "was", "be", "have", "not", "but", "my", "our", "at", "as",
            "what", "how", "would", "like", "will", "can", "from", "an", "or", "by", "if", "so");
    private static final Set<String> FINNISH = Set.of(
            "ja", "on", "ei", "se", "että", "kun", "mutta", "tämä", "olen", "oli", "ovat", "sinun",
            "minä", "me", "te", "he", "hän", "kuin", "myös", "jos", "niin", "voi", "mitä", "miten",
            "joka", "jotka", "ole", "olet", "olemme", "tai", "vain", "nyt", "sekä", "kanssa", "sen",
            "siitä", "tästä", "sinut", "haluaisin", "kiitos", "hyvää", "onnea", "paljon");

    private static final String[] VOWEL_PAIRS = {"aa", "ee", "ii", "oo", "uu", "yy", "ää", "öö", "uo", "ie", "yö", "äy", "öy"};

    private final Language fallback;

    public LanguageDetector(Language fallback) {
        if (fallback == Language.AUTO) {
            throw new IllegalArgumentException("the fallback must be a real language");
        }
        this.fallback = fallback;
    }

    public Language detect(String text) {
        return decide(score(text, 0, text.length()));
    }

    /** The language of a part of a text, or {@code otherwise} when nothing in it tells (a link alone). */
    public Language detect(String text, Language otherwise) {
        double[] s = score(text, 0, text.length());
        return s[0] == 0 && s[1] == 0 ? otherwise : decide(s);
    }

    /** The language a score points to, or the fallback when it points nowhere. */
    public Language decide(double[] score) {
        double english = score[0];
        double finnish = score[1];
        if (english == 0 && finnish == 0) {
            return fallback;
        }
        return finnish > english ? Language.FINNISH : english > finnish ? Language.ENGLISH : fallback;
    }

    /**
     * Where the link, e-mail address, mention or hashtag that a word at {@code at} is part of ends, or
     * {@code at} when the word is not part of one.
     */
    private static int addressEnd(String text, int at, int limit) {
        int start = at;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < limit && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        String chunk = text.substring(start, end);
        boolean address = chunk.contains("://") || chunk.startsWith("www.") || chunk.indexOf('@') >= 0
                || chunk.startsWith("#") || chunk.indexOf('/') >= 0;
        return address ? end : at;
    }

    /** Long vowels and the diphthongs Finnish has and English rarely does. */
    private static boolean hasFinnishVowelPair(String word) {
        for (String pair : VOWEL_PAIRS) {
            if (word.contains(pair)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Evidence for English (index 0) and Finnish (index 1) in a part of a text. Scores of parts add
     * up to the score of the whole, so a text need be read once for its paragraphs and itself.
     */
    public double[] score(String text, int from, int to) {
        double english = 0;
        double finnish = 0;
        int i = from;
        int n = to;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int chunkEnd = addressEnd(text, i, n);
            if (chunkEnd > i) {
                i = chunkEnd; // a link, a mention or a hashtag is in no language of the text
                continue;
            }
            while (i < n && Character.isLetter(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            // Only letters reach here, so lower case is all the normalising a word needs.
            String word = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
            if (ENGLISH.contains(word)) {
                english += 1;
            }
            if (FINNISH.contains(word)) {
                finnish += 1;
            }
            if (word.indexOf('ä') >= 0 || word.indexOf('ö') >= 0) {
                finnish += 0.5;
            }
            if (word.length() > 3 && (word.endsWith("ssa") || word.endsWith("ssä") || word.endsWith("sta")
                    || word.endsWith("stä") || word.endsWith("lla") || word.endsWith("llä"))) {
                finnish += 0.3;
            }
            if (word.endsWith("ing") || word.endsWith("tion") || word.contains("th") || word.contains("w")) {
                english += 0.3;
            }
            // Weak evidence for short texts without common words: Finnish words end in a vowel
            // (or n, t, s) and double their vowels; English uses c, q, x, z and closed endings.
            if (word.length() > 2) {
                char last = word.charAt(word.length() - 1);
                if ("aeiouäö".indexOf(last) >= 0) {
                    finnish += 0.15;
                } else if ("nts".indexOf(last) < 0) {
                    english += 0.15;
                }
                if (hasFinnishVowelPair(word)) {
                    finnish += 0.3;
                }
                if (word.indexOf('c') >= 0 || word.indexOf('q') >= 0 || word.indexOf('x') >= 0 || word.indexOf('z') >= 0) {
                    english += 0.3;
                }
            }
        }
        return new double[] {english, finnish};
    }
}
