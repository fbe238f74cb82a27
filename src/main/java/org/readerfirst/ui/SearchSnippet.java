package org.readerfirst.ui;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the writer's search words stand in a draft, for the drafts list: a line around the first
 * match, cut into plain and matched parts. A word matches as the start of a longer one, as the search
 * itself does, so the Finnish "työelämä" lights up "työelämästä".
 */
final class SearchSnippet {

    /** A piece of the line; {@code match} when it is a word the search found. */
    record Segment(String text, boolean match) {
    }

    // The characters the search keeps inside a word, as the store's full-text index does.
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    private static final int BEFORE = 18;

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
     * on one line, with every matching word marked.
     */
    static List<Segment> of(String text, List<String> words, int width) {
        String flat = text.strip().replaceAll("\\s+", " ");
        int first = words.isEmpty() ? -1 : firstMatch(flat, words);
        if (first < 0) {
            String line = text.strip().lines().findFirst().orElse("");
            return highlight(line.length() > width ? line.substring(0, width) + "…" : line, words);
        }
        int start = Math.max(0, first - BEFORE);
        while (start > 0 && start < first && !Character.isWhitespace(flat.charAt(start - 1))) {
            start++;
        }
        int end = Math.min(flat.length(), start + width);
        String cut = (start > 0 ? "…" : "") + flat.substring(start, end) + (end < flat.length() ? "…" : "");
        return highlight(cut, words);
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
