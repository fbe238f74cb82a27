package org.readerfirst.core.fidelity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.Language;

/**
 * How the checks did on a labelled corpus: per category and language the texts found, false alarms and
 * misses, the clean texts flagged, and, when grammar and spelling ran, their false alarms on clean
 * texts and the share of seeded typos they caught.
 *
 * @param texts per language the number of texts and of clean texts
 * @param proofreading null when grammar and spelling did not run
 */
public record FidelityReport(Map<Language, Map<Category, Tally>> tallies, Map<Language, int[]> texts,
                             Map<Category, List<String>> misses, Map<Category, List<String>> falseAlarms,
                             List<String> cleanFlagged, Proofreading proofreading) {

    /** The figures a run is held to: higher is better for each, except those {@link #lowerIsBetter}. */
    public static final String MACRO_RECALL = "macro-recall";
    public static final String MACRO_PRECISION = "macro-precision";
    public static final String MIN_RECALL = "min-recall";
    public static final String CLEAN_FLAGGED = "clean-flagged";
    public static final String PROOFREADING_PER_1000 = "proofreading-per-1000-chars";
    public static final String TYPOS_CAUGHT = "typos-caught";

    /** A grammar or spelling warning on a clean text's right words. */
    public record Flag(String id, String words, String rule) {

        /** The text and the rule, without its words: what may be shown of a held-out text. */
        public String withoutWords() {
            return id + " (" + rule + ")";
        }

        @Override
        public String toString() {
            return id + " \"" + words + "\" (" + rule + ")";
        }
    }

    /**
     * Grammar and spelling on the clean texts.
     *
     * @param warnings the warnings on words that are right: false alarms
     * @param realMistakes the warnings on mistakes the texts were published with, known from a list
     * @param flags each false alarm
     * @param typosMissed each seeded typo no warning covered: the text's id, the typo and its word
     */
    public record Proofreading(int cleanTexts, long cleanChars, int warnings, int realMistakes, List<Flag> flags,
                               int typosSeeded,
                               int typosCaught, List<String> typosMissed) {

        public double warningsPer1000Chars() {
            return cleanChars == 0 ? 0 : warnings * 1000.0 / cleanChars;
        }

        public double typosCaughtShare() {
            return typosSeeded == 0 ? 1 : (double) typosCaught / typosSeeded;
        }
    }

    /** The languages in the corpus, English first. */
    public List<Language> languages() {
        return List.copyOf(tallies.keySet());
    }

    /** A category's tally in one language, or over all of them for null. */
    public Tally tally(Category category, Language language) {
        Tally sum = Tally.NONE;
        for (Map.Entry<Language, Map<Category, Tally>> e : tallies.entrySet()) {
            if (language == null || e.getKey() == language) {
                sum = sum.plus(e.getValue().getOrDefault(category, Tally.NONE));
            }
        }
        return sum;
    }

    /** The audience-first categories some text in the language (all for null) is labelled with. */
    public List<Category> labelledCategories(Language language) {
        List<Category> out = new ArrayList<>();
        for (Category c : LabelledCorpus.audienceFirst()) {
            if (tally(c, language).labelled() > 0) {
                out.add(c);
            }
        }
        return out;
    }

    public double macroRecall(Language language) {
        return labelledCategories(language).stream().mapToDouble(c -> tally(c, language).recall()).average().orElse(1);
    }

    public double macroPrecision(Language language) {
        return labelledCategories(language).stream().mapToDouble(c -> tally(c, language).precision()).average()
                .orElse(1);
    }

    public double macroF1(Language language) {
        return labelledCategories(language).stream().mapToDouble(c -> tally(c, language).f1()).average().orElse(1);
    }

    public int textCount(Language language) {
        return count(language, 0);
    }

    public int cleanCount(Language language) {
        return count(language, 1);
    }

    private int count(Language language, int which) {
        return texts.entrySet().stream().filter(e -> language == null || e.getKey() == language)
                .mapToInt(e -> e.getValue()[which]).sum();
    }

    /** The share of clean texts with a warning or error in an audience-first category. */
    public double cleanFlaggedShare() {
        int clean = cleanCount(null);
        return clean == 0 ? 0 : (double) cleanFlagged.size() / clean;
    }

    /** The figures a later run must not fall below (or, for those lower is better, rise above). */
    public Map<String, Double> figures() {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put(MACRO_RECALL, macroRecall(null));
        for (Language l : languages()) {
            f.put(MACRO_RECALL + "." + l.id(), macroRecall(l));
        }
        f.put(MIN_RECALL, labelledCategories(null).stream().mapToDouble(c -> tally(c, null).recall()).min().orElse(1));
        f.put(MACRO_PRECISION, macroPrecision(null));
        f.put(CLEAN_FLAGGED, cleanFlaggedShare());
        for (Category c : labelledCategories(null)) {
            f.put("recall." + c.id(), tally(c, null).recall());
        }
        if (proofreading != null) {
            f.put(PROOFREADING_PER_1000, proofreading.warningsPer1000Chars());
            f.put(TYPOS_CAUGHT, proofreading.typosCaughtShare());
        }
        return f;
    }

    private static final Set<String> LOWER_IS_BETTER = Set.of(CLEAN_FLAGGED, PROOFREADING_PER_1000);

    public static boolean lowerIsBetter(String figure) {
        return LOWER_IS_BETTER.contains(figure);
    }
}
