package org.readerfirst.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writer's search words as an FTS5 query. Each word becomes a quoted prefix, so FTS5's own syntax
 * (AND, NEAR, quotes, a column name and a colon) is never read from what the writer typed, and a
 * Finnish base form finds its inflected forms: "työelämä" finds "työelämästä".
 */
final class SearchQuery {

    private static final Pattern WORD = SearchWords.WORD;

    private SearchQuery() {
    }

    /** @throws IllegalArgumentException if {@code text} holds no word to search for */
    static String of(String text) {
        List<String> terms = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            terms.add("\"" + m.group() + "\"*");
        }
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("a search needs at least one word, got '" + text + "'");
        }
        return String.join(" ", terms);
    }

    /**
     * What to look for in a stored text to find where the search's words stand: each word in lower
     * case and capitalised, as a sentence starts, since SQLite's own text functions ignore case only
     * for ASCII letters.
     */
    static List<String> needles(String text) {
        Set<String> needles = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            needles.add(word);
            int first = word.offsetByCodePoints(0, 1);
            needles.add(word.substring(0, first).toUpperCase(Locale.ROOT) + word.substring(first));
        }
        return List.copyOf(needles);
    }
}
