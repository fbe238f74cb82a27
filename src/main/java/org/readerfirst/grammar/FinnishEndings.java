package org.readerfirst.grammar;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * An English word in a Finnish text, bare or with a Finnish ending: "office", "benchmarkin",
 * "pluginissa", "workflowksi". Finnish writers on LinkedIn borrow English words and inflect them, and
 * Voikko knows neither.
 */
final class FinnishEndings {

    /** Case endings and plural markers, longest first, that a Finnish writer puts on a borrowed word. */
    private static final List<String> ENDINGS = List.of("eissa", "eista", "eille", "issa", "issä", "ista", "istä",
            "ille", "ilta", "iltä", "ineen", "eja", "eita", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä",
            "lle", "ksi", "iin", "ien", "ina", "inä", "ia", "iä", "ja", "jä", "ta", "tä", "in", "en", "na", "nä",
            "n", "a", "ä", "t", "i");

    private static final int MIN_STEM = 3;

    private FinnishEndings() {
    }

    static boolean englishStem(String word, Predicate<String> englishWords) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() >= 2 && englishWords.test(w)) {
            return true;
        }
        for (String ending : ENDINGS) {
            if (w.endsWith(ending) && w.length() - ending.length() >= MIN_STEM + 1) {
                String stem = w.substring(0, w.length() - ending.length());
                if (englishWords.test(stem) || stem.length() > MIN_STEM + 1 && englishWords.test(stem + "e")) {
                    return true;
                }
            }
        }
        return false;
    }
}
