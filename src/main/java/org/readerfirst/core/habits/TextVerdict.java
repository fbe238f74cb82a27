package org.readerfirst.core.habits;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.CheckResult;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Severity;

/**
 * All the habits report needs of one text's check: small enough to keep for every text between
 * reports, so that a text is checked again only when it, or the rules, changed.
 *
 * @param score the reader-first score, 0 to 100
 * @param flagged the audience-first categories with a warning or error in the text
 * @param stockPhrases the words of the text's template-message warnings and errors, normalized, each once
 */
public record TextVerdict(int score, Set<Category> flagged, List<String> stockPhrases) {

    /** A stock phrase longer than this is a whole message judged stock: its start is enough to tell it. */
    static final int PHRASE_WORDS = 8;

    public TextVerdict {
        flagged = flagged.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flagged));
        stockPhrases = List.copyOf(stockPhrases);
    }

    public static TextVerdict of(CheckResult result) {
        Set<Category> flagged = EnumSet.noneOf(Category.class);
        Set<Category> judged = Category.audienceFirst();
        Set<String> phrases = new LinkedHashSet<>();
        String text = result.snapshot().text();
        for (Finding f : result.findings()) {
            if (f.severity() == Severity.HINT || !judged.contains(f.category())) {
                continue;
            }
            flagged.add(f.category());
            if (f.category() == Category.TEMPLATE_MESSAGE && f.end() <= text.length()) {
                String words = Wording.normalized(text.substring(f.start(), f.end()), PHRASE_WORDS);
                if (!words.isEmpty()) {
                    phrases.add(words);
                }
            }
        }
        return new TextVerdict(result.score().total(), flagged, new ArrayList<>(phrases));
    }

    /** Whether the text is stock: a template-message warning or error stands in it. */
    public boolean stock() {
        return flagged.contains(Category.TEMPLATE_MESSAGE);
    }

    /**
     * One line to keep: {@code score|category,...|phrase<TAB>phrase...}. A normalized phrase holds
     * neither a bar nor a tab.
     */
    public String encode() {
        StringBuilder sb = new StringBuilder().append(score).append('|');
        sb.append(String.join(",", flagged.stream().map(Category::id).toList())).append('|');
        sb.append(String.join("\t", stockPhrases));
        return sb.toString();
    }

    /** What {@link #encode()} wrote; empty for anything else (a line kept by another version, damaged). */
    public static Optional<TextVerdict> decode(String line) {
        String[] parts = line == null ? new String[0] : line.split("\\|", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            int score = Integer.parseInt(parts[0]);
            Set<Category> flagged = EnumSet.noneOf(Category.class);
            for (String id : parts[1].isEmpty() ? new String[0] : parts[1].split(",")) {
                flagged.add(Category.fromId(id));
            }
            List<String> phrases = parts[2].isEmpty() ? List.of() : Arrays.asList(parts[2].split("\t"));
            return score < 0 || score > 100 ? Optional.empty() : Optional.of(new TextVerdict(score, flagged, phrases));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
