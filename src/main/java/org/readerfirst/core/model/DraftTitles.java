package org.readerfirst.core.model;

import java.util.Set;

/**
 * A draft's title until the writer names it: its first line, as the list, the publishing log and
 * the revisions show it. A title follows the first line while it is one of the untitled names or
 * what the first line gave; a name the writer chose stays.
 */
public final class DraftTitles {

    /** Longer first lines are cut at a word, with an ellipsis. */
    public static final int MAX = 60;

    private DraftTitles() {
    }

    /** The text's first line that holds anything, without Markdown's marks, cut at {@link #MAX}; "" for no text. */
    public static String fromFirstLine(String body) {
        for (String line : body.split("\\R", -1)) {
            String plain = line.replaceFirst("^\\s*(?:#{1,6}\\s+|>\\s*|[-*+]\\s+|\\d+[.)]\\s+)", "")
                    .replaceAll("\\*\\*|__|(?<![\\p{L}\\d])[*_]|[*_](?![\\p{L}\\d])", "")
                    .replaceAll("\\s+", " ").strip();
            if (!plain.isEmpty()) {
                return cut(plain);
            }
        }
        return "";
    }

    private static String cut(String line) {
        if (line.codePointCount(0, line.length()) <= MAX) {
            return line;
        }
        int end = line.offsetByCodePoints(0, MAX);
        int space = line.lastIndexOf(' ', end);
        if (space > MAX / 2) {
            end = space;
        }
        return line.substring(0, end).stripTrailing() + "…";
    }

    /**
     * Whether {@code title} is still the first line's: blank, one of {@code untitled} (the window's name
     * for a new draft, in each language), or what {@link #fromFirstLine} gives for {@code body}.
     */
    public static boolean follows(String title, String body, Set<String> untitled) {
        return title.isBlank() || untitled.contains(title) || title.equals(fromFirstLine(body));
    }
}
