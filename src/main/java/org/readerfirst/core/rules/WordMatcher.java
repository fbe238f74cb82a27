package org.readerfirst.core.rules;

import java.util.List;
import org.readerfirst.core.lang.Token;
import org.readerfirst.core.model.Language;

/**
 * Decides whether a word of a phrase matches a word of the text: by shared base form or stem, for
 * Finnish also by a stem that the other extends by a letter or two or by the head of a compound (a
 * "lempihalloweenasu" is an "asu", a "kissanpentu" a "pentu"), and for longer words despite one slip of
 * the keyboard (a letter missing, extra, wrong or swapped).
 */
final class WordMatcher {

    private static final int MIN_FUZZY = 6;
    private static final int MIN_DROPPED_LETTER = 5;
    private static final int MIN_FUZZY_FINNISH = 8;
    private static final int ENDING = 3;
    static final int MIN_PREFIX_STEM = 5;

    private static final WordMatcher ENGLISH = new WordMatcher(Language.ENGLISH, false, true);
    private static final WordMatcher FINNISH = new WordMatcher(Language.FINNISH, true, true);
    private static final WordMatcher FINNISH_WHOLE_WORDS = new WordMatcher(Language.FINNISH, false, true);
    private static final WordMatcher ENGLISH_NO_SLIPS = new WordMatcher(Language.ENGLISH, false, false);
    private static final WordMatcher FINNISH_NO_SLIPS = new WordMatcher(Language.FINNISH, true, false);

    private final Language language;
    private final boolean compounds;
    private final boolean slips;

    private WordMatcher(Language language, boolean compounds, boolean slips) {
        this.language = language;
        this.compounds = compounds;
        this.slips = slips;
    }

    /**
     * As {@link #of}, without the slips of the keyboard: for word lists that name a topic, where
     * "meet" is no "meeting" and "finance" no "fiancé".
     */
    static WordMatcher withoutSlipsOf(Language language) {
        return language == Language.FINNISH ? FINNISH_NO_SLIPS : ENGLISH_NO_SLIPS;
    }

    static WordMatcher of(Language language) {
        return language == Language.FINNISH ? FINNISH : ENGLISH;
    }

    /**
     * As {@link #of}, but a Finnish compound does not stand for its head: for words whose presence
     * excuses a text (a cue that it has a takeaway), where a "toimintamalli" is not the "malli" a reader
     * can use.
     */
    static WordMatcher wholeWordsOf(Language language) {
        return language == Language.FINNISH ? FINNISH_WHOLE_WORDS : ENGLISH;
    }

    boolean matches(PhrasePattern.Word word, Token token) {
        if (word.exact()) {
            return word.norm().equals(token.norm()) || language == Language.FINNISH && withClitic(word.norm(), token.norm());
        }
        for (String form : word.forms()) {
            if (token.forms().contains(form)) {
                return true;
            }
        }
        if (language == Language.FINNISH && (sharesStem(word, token) || compounds && compoundHead(word, token))) {
            return true;
        }
        String a = word.norm();
        String b = token.norm();
        if (!slips || a.length() < MIN_DROPPED_LETTER || b.length() < MIN_DROPPED_LETTER - 1
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

    /**
     * The Finnish clitics a word takes after all its endings ("paskaakin", "hittohan", "sitäpä"): an exact
     * word is still itself with one of them.
     */
    static final List<String> CLITICS = List.of("kin", "kaan", "kään", "han", "hän", "pa", "pä", "ko", "kö");

    private static boolean withClitic(String word, String text) {
        return text.length() > word.length() && text.startsWith(word) && CLITICS.contains(text.substring(word.length()));
    }

    /** The shortest compound head worth matching, and the shortest part before it. */
    static final int MIN_HEAD = 5;
    static final int MIN_MODIFIER = 3;

    /** The text's word is a compound whose last part is the phrase's word: its base form ends with it. */
    private static boolean compoundHead(PhrasePattern.Word word, Token token) {
        for (String x : word.forms()) {
            if (x.length() < MIN_HEAD) {
                continue;
            }
            for (String y : token.forms()) {
                if (y.length() >= x.length() + MIN_MODIFIER && y.endsWith(x)) {
                    return true;
                }
            }
        }
        return false;
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
