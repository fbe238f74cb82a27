package org.readerfirst.ui.library;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readerfirst.store.SearchWords;

/**
 * Where the writer's search words stand in a draft, for the drafts list: a line around the first
 * match, cut into plain and matched parts. A word matches as the start of a longer one, as the search
 * itself does, so the Finnish "työelämä" lights up "työelämästä".
 */
final class SearchSnippet {

    /** A piece of the line; {@code match} when it is a word the search found. */
    record Segment(String text, boolean match) {
    }

    private static final Pattern WORD = SearchWords.WORD;
    private static final int BEFORE = 18;
    /** How much of the text around a match is read to show it: enough for the snippet's width and then some. */
    private static final int AROUND = 200;

    private SearchSnippet() {
    }

    /** The words of a search as typed, lower case; empty when it holds none. */
    static List<String> words(String search) {
        List<String> words = new ArrayList<>();
        if (search != null) {
            Matcher m = WORD.matcher(search);
            while (m.find()) {
                words.add(fold(m.group()));
            }
        }
        return words;
    }

    /**
     * The first line of the text (no search) or about {@code width} characters around the first match,
     * on one line, with every matching word marked. Only the line or the stretch around the match is
     * read: a draft can be megabytes long, and the list shows this again at every save.
     */
    static List<Segment> of(String text, List<String> words, int width) {
        int first = words.isEmpty() ? -1 : firstMatch(text, words);
        if (first < 0) {
            return highlight(firstLine(text, width), words);
        }
        int from = Math.max(0, first - AROUND);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        int to = Math.min(text.length(), first + AROUND + width);
        boolean before = hasText(text, 0, from);
        boolean after = hasText(text, to, text.length());
        String flat = text.substring(from, to).replaceAll("\\s+", " ");
        flat = before ? flat : flat.stripLeading();
        flat = after ? flat : flat.stripTrailing();
        int match = firstMatch(flat, words);
        int start = Math.max(0, match - BEFORE);
        while (start > 0 && start < match && !Character.isWhitespace(flat.charAt(start - 1))) {
            start++;
        }
        int end = Math.min(flat.length(), start + width);
        String cut = (start > 0 || before ? "…" : "") + flat.substring(start, end)
                + (end < flat.length() || after ? "…" : "");
        return highlight(cut, words);
    }

    /** The text's first line that holds anything, cut at {@code width} characters. */
    private static String firstLine(String text, int width) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
            if (end - start > width) {
                return text.substring(start, start + width) + "…";
            }
        }
        String line = text.substring(start, end);
        return hasText(text, end, text.length()) ? line : line.stripTrailing();
    }

    private static boolean hasText(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The whole text with the words that match marked. */
    static List<Segment> highlight(String text, List<String> words) {
        List<Segment> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int at = 0;
        while (m.find()) {
            if (matches(m.group(), words)) {
                if (m.start() > at) {
                    out.add(new Segment(text.substring(at, m.start()), false));
                }
                out.add(new Segment(m.group(), true));
                at = m.end();
            }
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), false));
        }
        return out;
    }

    private static int firstMatch(String text, List<String> words) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (matches(m.group(), words)) {
                return m.start();
            }
        }
        return -1;
    }

    private static boolean matches(String token, List<String> words) {
        String folded = fold(token);
        return words.stream().anyMatch(folded::startsWith);
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
