package org.readerfirst.core.curation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a draft says whose material it shares: it names the source's author, publication or
 * title (in any inflected form a stem can catch: "Anna Virtasen" for "Anna Virtanen"), links to it,
 * mentions someone with '@', or credits someone with words such as "via", "source:", "lähde:" or
 * "kirjoittanut".
 */
final class Attribution {

    // Case is ignored only inside the (?i:...) groups: with it, \p{Lu} would match any letter.
    private static final Pattern GENERIC = Pattern.compile(
            "@\\p{L}|(?i:https?://|www\\.)|"
            + "(?:^|[^\\p{L}])(?iu:source|sources|credit|credits|lähde|lähteet|lähteenä|kirjoittaja|teksti|author)\\s*:\\s*\\S|"
            + "(?:^|[^\\p{L}])(?iu:via|h/t|hat tip|courtesy of|written by|posted by|according to|kirjoittanut|kirjoitti|"
            + "kautta|lainaus)\\s+[\"“”«@\\p{Lu}\\p{N}]|"
            + "\\p{Lu}\\p{L}+\\s+(?:mukaan|kirjoittaa|toteaa|sanoo|says|writes|wrote|said|puts it)(?:[^\\p{L}]|$)");
    /**
     * A draft word matches a credited word when it starts with all but the credited word's last
     * {@code ENDING} letters, keeping at least {@code MIN_STEM}: Finnish endings and consonant
     * gradation change the rest ("Virtanen", "Virtasen"; "lehti", "lehdestä").
     */
    private static final int MIN_STEM = 3;
    private static final int ENDING = 3;

    private Attribution() {
    }

    static boolean of(String draft, SourceText source, WordSequence draftWords) {
        if (GENERIC.matcher(draft).find()) {
            return true;
        }
        String host = host(source.link());
        if (!host.isEmpty() && draft.toLowerCase(Locale.ROOT).contains(host)) {
            return true;
        }
        for (String credit : source.credits()) {
            if (named(draft, draftWords, credit)) {
                return true;
            }
        }
        return !source.title().isEmpty() && named(draft, draftWords, source.title());
    }

    /** Whether the draft has the name's words in a row, each maybe with another ending. */
    private static boolean named(String draft, WordSequence words, String name) {
        String[] parts = words(name);
        if (parts.length == 0) {
            return false;
        }
        outer:
        for (int i = 0; i + parts.length <= words.size(); i++) {
            for (int p = 0; p < parts.length; p++) {
                String word = draft.substring(words.start(i + p), words.end(i + p)).toLowerCase(Locale.ROOT);
                if (!sameWord(word, parts[p])) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String[] words(String name) {
        WordSequence w = WordSequence.of(name);
        String[] out = new String[w.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = name.substring(w.start(i), w.end(i)).toLowerCase(Locale.ROOT);
        }
        return out;
    }

    private static boolean sameWord(String word, String credited) {
        if (word.equals(credited)) {
            return true;
        }
        int keep = Math.max(MIN_STEM, credited.length() - ENDING);
        return credited.length() > MIN_STEM && word.length() >= keep && word.regionMatches(0, credited, 0, keep);
    }

    private static String host(String link) {
        String s = link.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
        int slash = s.indexOf('/');
        return slash >= 0 ? s.substring(0, slash) : s;
    }
}
