package org.readerfirst.grammar;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * An English word in a Finnish text, bare, with a Finnish ending or as the head of a Finnish compound:
 * "office", "benchmarkin", "pluginissa", "workflowksi", "googlasin", "kirjoitusrepositoryt".
 * Finnish writers on LinkedIn borrow English words, inflect them and build on them, and Voikko knows
 * none of it.
 */
final class FinnishEndings {

    /** Case endings and plural markers, longest first, that a Finnish writer puts on a borrowed word. */
    private static final List<String> ENDINGS = List.of("eissa", "eista", "eille", "issa", "issä", "ista", "istä",
            "illa", "illä", "ille", "ilta", "iltä", "ineen", "eja", "eita", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä",
            "lle", "ksi", "iin", "ien", "ina", "inä", "ia", "iä", "ja", "jä", "ta", "tä", "in", "en", "na", "nä",
            "n", "a", "ä", "t", "i",
            // verbs made of English words: "googlata", "googlasin", "pingata", "repostattiin"
            "attiin", "ättiin", "aamaan", "äämään", "ataan", "ätään", "annut", "ännyt", "asin", "äsin", "asi",
            "äsi", "ata", "ätä", "aan", "ään");

    /** The shortest head of a compound worth reading as an English word. */
    private static final int MIN_HEAD = 5;

    private static final int MIN_STEM = 3;

    private FinnishEndings() {
    }

    /** The word, or the word without one of the endings a Finnish writer puts on it, is one of {@code words}. */
    static boolean withEnding(String word, Predicate<String> words) {
        // A stem of four letters at least: "min" + "a" would pass the slip "mina" for "minä".
        return inflected(word.toLowerCase(Locale.ROOT), words, MIN_STEM + 1, false);
    }

    static boolean englishStem(String word, Predicate<String> englishWords) {
        String w = word.toLowerCase(Locale.ROOT);
        if (inflected(w, englishWords, MIN_STEM + 1, true)) {
            return true;
        }
        // A Finnish compound whose head is English: "teknologia|startupissa", "kirjoitus|repositoryt".
        for (int at = MIN_STEM; w.length() - at >= MIN_HEAD + 1; at++) {
            if (inflected(w.substring(at), englishWords, MIN_HEAD, false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param minStem the fewest letters left once the ending is off
     * @param silentE also try the stem with an "e" Finnish drops ("googl|asin" for "google")
     */
    private static boolean inflected(String w, Predicate<String> englishWords, int minStem, boolean silentE) {
        if (w.length() >= 2 && englishWords.test(w)) {
            return true;
        }
        for (String ending : ENDINGS) {
            if (w.endsWith(ending) && w.length() - ending.length() >= minStem) {
                String stem = w.substring(0, w.length() - ending.length());
                if (englishWords.test(stem) || silentE && stem.length() > MIN_STEM + 1 && englishWords.test(stem + "e")) {
                    return true;
                }
            }
        }
        return false;
    }
}
