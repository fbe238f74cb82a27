package org.readerfirst.core.fidelity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Severity;

/**
 * Collects how the checks did on a labelled corpus, text by text, into a {@link FidelityReport}. A
 * category counts as found in a text when one of its findings is a warning or an error: hints are
 * nudges a writer may pass over. Not thread-safe.
 */
public final class FidelityTally {

    private final Map<Language, Map<Category, int[]>> counts = new EnumMap<>(Language.class);
    private final Map<Category, List<String>> misses = new EnumMap<>(Category.class);
    private final Map<Category, List<String>> falseAlarms = new EnumMap<>(Category.class);
    private final Map<Language, int[]> texts = new EnumMap<>(Language.class);
    private final List<String> cleanFlagged = new ArrayList<>();
    private final List<FidelityReport.Flag> proofreadingFlags = new ArrayList<>();
    private final List<String> typosMissed = new ArrayList<>();
    private int cleanTexts;
    private long cleanChars;
    private int proofreadingWarnings;
    private boolean proofread;
    private int typosSeeded;
    private int typosCaught;
    private int realMistakes;
    private final Set<String> knownMistakes;

    public FidelityTally() {
        this(Set.of());
    }

    /**
     * @param knownMistakes real mistakes that stand in the clean texts as they were published, as
     *                      {@link #mistakeKey} gives them: a warning there is right, not a false alarm
     */
    public FidelityTally(Set<String> knownMistakes) {
        this.knownMistakes = Set.copyOf(knownMistakes);
    }

    /** The key of a mistake in a text: its id and the words a warning covers. */
    public static String mistakeKey(String id, String words) {
        return id + "\t" + words;
    }

    /** The audience-first categories that stand in a text as warnings or errors. */
    public static Set<Category> flagged(List<Finding> findings) {
        Set<Category> found = EnumSet.noneOf(Category.class);
        Set<Category> judged = LabelledCorpus.audienceFirst();
        for (Finding f : findings) {
            if (f.severity() != Severity.HINT && judged.contains(f.category())) {
                found.add(f.category());
            }
        }
        return found;
    }

    /** Adds a text and what the checks found in it. */
    public void add(LabelledText text, List<Finding> findings) {
        Set<Category> found = flagged(findings);
        Map<Category, int[]> byCategory = counts.computeIfAbsent(text.language(), l -> new EnumMap<>(Category.class));
        int[] n = texts.computeIfAbsent(text.language(), l -> new int[2]);
        n[0]++;
        for (Category c : LabelledCorpus.audienceFirst()) {
            int[] tally = byCategory.computeIfAbsent(c, k -> new int[3]);
            boolean want = text.labels().contains(c);
            boolean got = found.contains(c);
            if (want && got) {
                tally[0]++;
            } else if (got) {
                tally[1]++;
                falseAlarms.computeIfAbsent(c, k -> new ArrayList<>()).add(text.id());
            } else if (want) {
                tally[2]++;
                misses.computeIfAbsent(c, k -> new ArrayList<>()).add(text.id());
            }
        }
        if (text.clean()) {
            n[1]++;
            if (!found.isEmpty()) {
                cleanFlagged.add(text.id());
            }
        }
    }

    /**
     * Adds the grammar and spelling findings of a clean text: each warning there is taken as a false
     * alarm, since the corpus's clean texts are published writing.
     */
    public void addProofreading(LabelledText clean, List<Finding> findings) {
        proofread = true;
        cleanTexts++;
        cleanChars += clean.text().length();
        for (Finding f : findings) {
            if (proofreading(f)) {
                String words = clean.text().substring(f.start(), f.end());
                if (knownMistakes.contains(mistakeKey(clean.id(), words))) {
                    realMistakes++;
                    continue;
                }
                proofreadingWarnings++;
                proofreadingFlags.add(new FidelityReport.Flag(clean.id(), words, f.ruleId()));
            }
        }
    }

    /** Adds a clean text with one real typo seeded into it, and what grammar and spelling found there. */
    public void addSeeded(SeededTypo seeded, List<Finding> findings) {
        typosSeeded++;
        boolean caught = findings.stream().anyMatch(f -> proofreading(f)
                && f.start() < seeded.end() && f.end() > seeded.start());
        if (caught) {
            typosCaught++;
        } else {
            typosMissed.add(seeded.base().id() + " \"" + seeded.typo().misspelt() + "\" for \""
                    + seeded.typo().correct() + "\"");
        }
    }

    private static boolean proofreading(Finding f) {
        return f.severity() != Severity.HINT && (f.category() == Category.SPELLING || f.category() == Category.GRAMMAR);
    }

    public FidelityReport report() {
        Map<Language, Map<Category, Tally>> tallies = new EnumMap<>(Language.class);
        counts.forEach((language, byCategory) -> {
            Map<Category, Tally> m = new EnumMap<>(Category.class);
            byCategory.forEach((c, n) -> m.put(c, new Tally(n[0], n[1], n[2])));
            tallies.put(language, m);
        });
        Map<Language, int[]> textCounts = new EnumMap<>(Language.class);
        texts.forEach((l, n) -> textCounts.put(l, n.clone()));
        FidelityReport.Proofreading proofreading = proofread
                ? new FidelityReport.Proofreading(cleanTexts, cleanChars, proofreadingWarnings, realMistakes,
                        List.copyOf(proofreadingFlags), typosSeeded, typosCaught, List.copyOf(typosMissed))
                : null;
        return new FidelityReport(tallies, textCounts, copy(misses), copy(falseAlarms), List.copyOf(cleanFlagged),
                proofreading);
    }

    private static Map<Category, List<String>> copy(Map<Category, List<String>> m) {
        Map<Category, List<String>> out = new EnumMap<>(Category.class);
        m.forEach((c, ids) -> out.put(c, List.copyOf(ids)));
        return out;
    }
}
