package org.readerfirst.core.rules;

import org.readerfirst.core.lang.Token;
import org.readerfirst.core.model.Language;

/**
 * Decides whether a word of a phrase matches a word of the text: by shared base form or stem, for
 * Finnish also by a stem that the other extends by a letter or two, and for longer words despite one
 * slip of the keyboard (a letter missing, extra, wrong or swapped).
 */
final class WordMatcher {

    private static final int MIN_FUZZY = 6;
    private static final int MIN_DROPPED_LETTER = 5;
    private static final int MIN_FUZZY_FINNISH = 8;
    private static final int ENDING = 3;
    static final int MIN_PREFIX_STEM = 5;

    private static final WordMatcher ENGLISH = new WordMatcher(Language.ENGLISH);
    private static final WordMatcher FINNISH = new WordMatcher(Language.FINNISH);

    private final Language language;

    private WordMatcher(Language language) {
        this.language = language;
    }

    static WordMatcher of(Language language) {
        return language == Language.FINNISH ? FINNISH : ENGLISH;
    }

    boolean matches(PhrasePattern.Word word, Token token) {
        if (word.exact()) {
            return word.norm().equals(token.norm());
        }
        for (String form : word.forms()) {
            if (token.forms().contains(form)) {
                return true;
            }
        }
        if (language == Language.FINNISH && sharesStem(word, token)) {
            return true;
        }
        String a = word.norm();
        String b = token.norm();
        if (a.length() < MIN_DROPPED_LETTER || b.length() < MIN_DROPPED_LETTER - 1
                || Math.abs(a.length() - b.length()) > 1 || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        if (language == Language.FINNISH && (a.length() < MIN_FUZZY_FINNISH || !sameEnding(a, b))) {
            // Finnish endings differ by one letter between real forms ("lapseni", "lapsesi"): a slip
            // is only trusted in a long word whose ending agrees.
            return false;
        }
        // Short words differ by a real word's worth with one swapped letter ("post", "most"): for
        // them only a dropped or doubled letter counts as a slip.
        return (a.length() >= MIN_FUZZY || a.length() != b.length()) && withinOneEdit(a, b);
    }

    private static boolean sharesStem(PhrasePattern.Word word, Token token) {
        for (String x : word.forms()) {
            for (String y : token.forms()) {
                String shorter = x.length() <= y.length() ? x : y;
                String longer = shorter == x ? y : x;
                if (shorter.length() >= MIN_PREFIX_STEM && longer.length() - shorter.length() <= 2
                        && longer.startsWith(shorter)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameEnding(String a, String b) {
        return a.regionMatches(a.length() - ENDING, b, b.length() - ENDING, ENDING);
    }

    /** True when a and b differ by at most one insertion, deletion, substitution or swap of neighbours. */
    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }
}
