package org.readerfirst.core.lang;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A light Finnish stemmer for when no dictionary is installed: it strips clitics, possessive
 * suffixes, case endings and the stem vowel, so inflected forms of a word share one stem
 * ("syntymäpäivää", "syntymäpäivänä" and "syntymäpäivästä" all give "syntymäpäiv"). It does not
 * undo consonant gradation; a dictionary-based lemmatizer does that.
 */
public final class FinnishStemmer implements Lemmatizer {

    private static final int MIN_STEM = 3;

    private static final List<String> CLITICS = List.of("kaan", "kään", "kin", "han", "hän", "pa", "pä", "ko", "kö");
    private static final List<String> POSSESSIVES = List.of("nsa", "nsä", "mme", "nne", "ni", "si", "an", "en", "än");
    // Longest first, so "ssa" is tried before "a".
    private static final List<String> CASES = List.of(
            "iksi", "ihin", "issa", "issä", "ista", "istä", "illa", "illä", "ilta", "iltä", "ille",
            "seen", "siin", "tten", "iden", "itten",
            "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "tta", "ttä",
            "den", "jen", "ten", "ita", "itä", "ina", "inä", "iin", "hin",
            "na", "nä", "ja", "jä", "ta", "tä", "in",
            "n", "t", "a", "ä");
    private static final String VOWELS = "aeiouyäö";

    @Override
    public Set<String> forms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        forms.add(stem(word));
        return forms;
    }

    /** The stem of a lower-cased Finnish word. */
    public String stem(String word) {
        String w = word;
        int hyphen = w.lastIndexOf('-');
        if (hyphen >= 0 && hyphen < w.length() - 1) {
            w = w.substring(hyphen + 1);
        }
        w = stripOne(w, CLITICS);
        w = stripOne(w, POSSESSIVES);
        w = stripIllative(w);
        w = stripOne(w, CASES);
        // The stem vowel varies with the ending (talo, taloa, taloissa), so drop a final vowel too.
        while (w.length() > MIN_STEM + 1 && VOWELS.indexOf(w.charAt(w.length() - 1)) >= 0) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String stripOne(String w, List<String> suffixes) {
        for (String s : suffixes) {
            if (w.length() - s.length() >= MIN_STEM && w.endsWith(s)) {
                return w.substring(0, w.length() - s.length());
            }
        }
        return w;
    }

    /** The illative doubles the stem vowel and adds n: "verkostoon", "taloon", "kylään". */
    private static String stripIllative(String w) {
        int n = w.length();
        if (n >= MIN_STEM + 3 && w.charAt(n - 1) == 'n') {
            char a = w.charAt(n - 2);
            char b = w.charAt(n - 3);
            if (a == b && VOWELS.indexOf(a) >= 0) {
                return w.substring(0, n - 2);
            }
        }
        return w;
    }
}
