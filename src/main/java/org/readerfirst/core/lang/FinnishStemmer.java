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

    // Shorter stems collide too often ("olen" and "olet" would share "ole").
    private static final int MIN_STEM = 4;

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

    /** Marks a form that keeps the word's possessive suffix: "vaimoni" and "vaimolleni" share "vaim~ni". */
    public static final char POSSESSIVE_MARK = '~';
    private static final List<String> PERSONAL_POSSESSIVES = List.of("nsa", "nsä", "mme", "nne", "ni", "si");

    @Override
    public Set<String> forms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        String stem = stem(word);
        forms.add(stem);
        String w = stripOne(lastPart(word), CLITICS);
        for (String p : PERSONAL_POSSESSIVES) {
            if (w.length() - p.length() >= MIN_STEM && w.endsWith(p)) {
                forms.add(stem + POSSESSIVE_MARK + p);
                break;
            }
        }
        return forms;
    }

    private static String lastPart(String word) {
        int hyphen = word.lastIndexOf('-');
        return hyphen >= 0 && hyphen < word.length() - 1 ? word.substring(hyphen + 1) : word;
    }

    /** The stem of a lower-cased Finnish word. */
    public String stem(String word) {
        String w = stripOne(lastPart(word), CLITICS);
        w = stripOne(w, POSSESSIVES);
        w = stripIllative(w);
        w = stripOne(w, CASES);
        // The stem vowel varies with the ending (talo, taloa, taloissa), so drop a final vowel too.
        while (w.length() > MIN_STEM && VOWELS.indexOf(w.charAt(w.length() - 1)) >= 0) {
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
