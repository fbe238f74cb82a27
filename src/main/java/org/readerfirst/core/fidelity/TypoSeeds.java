package org.readerfirst.core.fidelity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readerfirst.core.metrics.CodeSpans;
import org.readerfirst.core.model.Language;

/**
 * Real typos put into clean texts, to measure how many a spelling check catches. The typos come from a
 * table of tab-separated {@code lang}, {@code correct}, {@code misspelt} and {@code source} columns with
 * a header; each typo goes into the first clean text of its language that has its word, one typo a
 * copy of the text and a few copies a text at most, so the same input always seeds the same way.
 */
public final class TypoSeeds {

    private TypoSeeds() {
    }

    /** @throws IllegalArgumentException naming the file, the line and what is wrong */
    public static List<TypoPair> parse(String name, String content) {
        List<TypoPair> pairs = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().startsWith("lang\tcorrect\tmisspelt")) {
            throw new IllegalArgumentException(name + ":1: expected the header lang, correct, misspelt, source");
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 3 || cells[1].isBlank() || cells[2].isBlank()) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": expected a language, a word and its typo");
            }
            Language language;
            try {
                language = Language.fromId(cells[0].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": " + e.getMessage());
            }
            pairs.add(new TypoPair(language, cells[1].strip(), cells[2].strip()));
        }
        return pairs;
    }

    /**
     * The real mistakes standing in clean texts as published, from a table of tab-separated {@code id},
     * {@code words}, {@code rule}, {@code verdict} and {@code reason} with a header: the lines whose
     * verdict is {@code real}, as {@link FidelityTally#mistakeKey} keys.
     *
     * @throws IllegalArgumentException naming the file, the line and what is wrong
     */
    public static Set<String> knownMistakes(String name, String content) {
        Set<String> keys = new HashSet<>();
        String[] lines = content.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().startsWith("id\twords\trule\tverdict")) {
            throw new IllegalArgumentException(name + ":1: expected the header id, words, rule, verdict, reason");
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split("\t", -1);
            if (cells.length < 4 || !(cells[3].strip().equals("real") || cells[3].strip().equals("false"))) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": expected an id, the words, the rule and a verdict real or false");
            }
            if (cells[3].strip().equals("real")) {
                keys.add(FidelityTally.mistakeKey(cells[0].strip(), cells[1]));
            }
        }
        return keys;
    }

    /**
     * @param perText how many copies of one text may carry a typo each
     */
    public static List<SeededTypo> seed(List<LabelledText> texts, List<TypoPair> pairs, int perText) {
        List<SeededTypo> seeded = new ArrayList<>();
        Map<String, Integer> used = new HashMap<>();
        for (TypoPair pair : pairs) {
            for (LabelledText t : texts) {
                if (!t.clean() || t.language() != pair.language() || used.getOrDefault(t.id(), 0) >= perText) {
                    continue;
                }
                int at = wholeWord(t.text(), pair.correct());
                if (at >= 0) {
                    String text = t.text().substring(0, at) + pair.misspelt() + t.text().substring(at + pair.correct().length());
                    seeded.add(new SeededTypo(t, pair, text, at));
                    used.merge(t.id(), 1, Integer::sum);
                    break;
                }
            }
        }
        return seeded;
    }

    /** Where {@code word} first stands in {@code text} as a word of its own, or -1. */
    static int wholeWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !partOfWord(text.charAt(at - 1))) && (end == text.length() || !partOfWord(text.charAt(end)))
                    && !inAddress(text, at, end) && !CodeSpans.inside(CodeSpans.find(text), at, end)) {
                return at;
            }
        }
        return -1;
    }

    /** Links, e-mail addresses, hashtags and mentions, like code, are no words a speller reads. */
    private static boolean inAddress(String text, int start, int end) {
        int from = start;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        String chunk = text.substring(from, to);
        return chunk.contains("/") || chunk.contains("@") || chunk.contains("#") || chunk.startsWith("www.");
    }

    private static boolean partOfWord(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’' || c == '_';
    }
}
