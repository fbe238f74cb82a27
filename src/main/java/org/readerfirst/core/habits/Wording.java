package org.readerfirst.core.habits;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readerfirst.core.lang.Tokenizer;
import org.readerfirst.core.metrics.Span;
import org.readerfirst.core.metrics.TextSpans;

/**
 * Words as the report compares them: "Happy Birthday!!" and "happy birthday" are the same stock
 * phrase, and two posts that open with "So, here's the thing:" open alike.
 */
final class Wording {

    /** An opening longer than this many words is cut: the rest rarely repeats even when the start does. */
    static final int OPENING_WORDS = 8;

    /** How much of a text's start is searched for its opening. */
    private static final int OPENING_SCAN = 600;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private Wording() {
    }

    /** The words of {@code text} in lower case, one space between; "…" after the first {@code max} when there are more. */
    static String normalized(String text, int max) {
        return normalized(text, max, true);
    }

    private static String normalized(String text, int max, boolean markCut) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        boolean more = false;
        while (m.find()) {
            if (words.size() == max) {
                more = true;
                break;
            }
            words.add(Tokenizer.normalize(m.group()));
        }
        return String.join(" ", words) + (more && markCut ? " …" : "");
    }

    /**
     * The first sentence that has words, normalized and cut at {@link #OPENING_WORDS} without a mark, so
     * that a long first sentence and a short one that start alike open alike; empty for a text without words.
     */
    static String opening(String text) {
        // Eight words stand well within the start; cutting there spares cutting a long article into sentences.
        String head = text.length() > OPENING_SCAN ? text.substring(0, OPENING_SCAN) : text;
        for (Span s : TextSpans.sentences(head)) {
            String words = normalized(head.substring(s.start(), s.end()), OPENING_WORDS, false);
            if (!words.isEmpty()) {
                return words;
            }
        }
        return "";
    }
}
