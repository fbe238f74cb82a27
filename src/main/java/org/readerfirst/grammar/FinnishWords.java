package org.readerfirst.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a Finnish text that a speller should see: "LinkedIn:ssä" and "asiakas-kokemus" are one
 * word each; links, e-mail addresses, hashtags, mentions and words with digits are left out.
 */
final class FinnishWords {

    record Word(int start, int end, String text) {
    }

    private FinnishWords() {
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int chunkStart = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > chunkStart && !isAddress(text.substring(chunkStart, i))) {
                addWords(text, chunkStart, i, words);
            }
        }
        return words;
    }

    private static boolean isAddress(String chunk) {
        return chunk.startsWith("#") || chunk.startsWith("@") || chunk.contains("@") || chunk.contains("://")
                || chunk.startsWith("www.") || chunk.contains("/");
    }

    private static void addWords(String text, int from, int to, List<Word> out) {
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean digit = false;
            while (i < to) {
                int c = text.codePointAt(i);
                if (Character.isLetterOrDigit(c)) {
                    digit |= Character.isDigit(c);
                    i += Character.charCount(c);
                } else if (isJoiner(c) && i + 1 < to && Character.isLetterOrDigit(text.codePointAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            if (!digit) {
                out.add(new Word(start, i, text.substring(start, i)));
            }
        }
    }

    private static boolean isJoiner(int c) {
        return c == '-' || c == ':' || c == '\'' || c == '\u2019' || c == '\u2010';
    }
}
