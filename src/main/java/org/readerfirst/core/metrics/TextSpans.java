package org.readerfirst.core.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Cuts a text into paragraphs and sentences, trimmed of surrounding white space. */
public final class TextSpans {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "etc", "vs", "dr", "mr", "mrs", "ms", "prof", "inc", "ltd", "no", "approx",
            "esim", "mm", "ns", "yms", "jne", "ym", "n", "ks", "eli", "tms", "klo", "s", "v", "oy", "ab");

    private TextSpans() {
    }

    /** Blocks separated by blank lines. */
    public static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            if (text.charAt(i) == '\n') {
                int j = i + 1;
                while (j < n && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j < n && text.charAt(j) == '\n') {
                    addTrimmed(text, start, i, out);
                    while (j < n && Character.isWhitespace(text.charAt(j))) {
                        j++;
                    }
                    start = j;
                    i = j;
                    continue;
                }
            }
            i++;
        }
        addTrimmed(text, start, n, out);
        return out;
    }

    /** Sentences: ended by . ! ? or … before white space (not after a common abbreviation), or by a line break. */
    public static List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                addTrimmed(text, start, i, out);
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?' || c == '\u2026') && endsHere(text, i)) {
                int end = i + 1;
                while (end < n && (text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?'
                        || text.charAt(end) == '"' || text.charAt(end) == '\u201d' || text.charAt(end) == ')')) {
                    end++;
                }
                addTrimmed(text, start, end, out);
                start = end;
                i = end - 1;
            }
        }
        addTrimmed(text, start, n, out);
        return out;
    }

    private static boolean endsHere(String text, int i) {
        int next = i + 1;
        while (next < text.length() && "!?.\"\u201d)".indexOf(text.charAt(next)) >= 0) {
            next++;
        }
        if (next < text.length() && !Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        int w = i;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, i).toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(word)) {
            return false;
        }
        // "3.5" or a date like "15.11." is not the end of a sentence unless a capital follows.
        if (w == i && i > 0 && Character.isDigit(text.charAt(i - 1))) {
            int k = next;
            while (k < text.length() && text.charAt(k) == ' ') {
                k++;
            }
            return k >= text.length() || !Character.isLowerCase(text.charAt(k));
        }
        return true;
    }

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
