package org.readerfirst.core.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Severity;

class FidelityTallyTest {

    private static LabelledText text(String id, Language l, String text, Category... labels) {
        return new LabelledText(id, l, ContentType.POST, text, Set.of(labels));
    }

    private static Finding finding(Category c, Severity s, int start, int end) {
        return new Finding("r", c, s, start, end, "m", "", List.of());
    }

    @Test
    void a_category_counts_as_found_only_through_a_warning_or_an_error() {
        FidelityTally tally = new FidelityTally();
        tally.add(text("a", Language.ENGLISH, "x", Category.HOOK), List.of(finding(Category.HOOK, Severity.HINT, 0, 1)));
        tally.add(text("b", Language.ENGLISH, "x", Category.HOOK), List.of(finding(Category.HOOK, Severity.WARNING, 0, 1)));
        tally.add(text("c", Language.ENGLISH, "x", Category.HOOK), List.of(finding(Category.HOOK, Severity.ERROR, 0, 1)));
        FidelityReport r = tally.report();
        assertEquals(new Tally(2, 0, 1), r.tally(Category.HOOK, Language.ENGLISH));
        assertEquals(List.of("a"), r.misses().get(Category.HOOK));
    }

    @Test
    void precision_recall_and_the_clean_texts_flagged_follow_the_labels_per_language() {
        FidelityTally tally = new FidelityTally();
        tally.add(text("e1", Language.ENGLISH, "x", Category.SELF_PROMOTION),
                List.of(finding(Category.SELF_PROMOTION, Severity.WARNING, 0, 1)));
        tally.add(text("e2", Language.ENGLISH, "x", Category.SELF_PROMOTION), List.of());
        tally.add(text("e3", Language.ENGLISH, "x"), List.of(finding(Category.SELF_PROMOTION, Severity.WARNING, 0, 1),
                finding(Category.SPELLING, Severity.WARNING, 0, 1)));
        tally.add(text("e4", Language.ENGLISH, "x"), List.of(finding(Category.GRAMMAR, Severity.WARNING, 0, 1)));
        tally.add(text("f1", Language.FINNISH, "x", Category.SELF_PROMOTION),
                List.of(finding(Category.SELF_PROMOTION, Severity.ERROR, 0, 1)));
        FidelityReport r = tally.report();
        Tally en = r.tally(Category.SELF_PROMOTION, Language.ENGLISH);
        assertEquals(new Tally(1, 1, 1), en);
        assertEquals(0.5, en.precision(), 1e-9);
        assertEquals(0.5, en.recall(), 1e-9);
        assertEquals(new Tally(2, 1, 1), r.tally(Category.SELF_PROMOTION, null));
        assertEquals(1.0, r.macroRecall(Language.FINNISH), 1e-9);
        assertEquals(0.5, r.macroRecall(Language.ENGLISH), 1e-9);
        // Spelling and grammar never make a clean text flagged here: they are measured apart.
        assertEquals(List.of("e3"), r.cleanFlagged());
        assertEquals(0.5, r.cleanFlaggedShare(), 1e-9);
        assertEquals(List.of("e3"), r.falseAlarms().get(Category.SELF_PROMOTION));
        assertEquals(List.of(Category.SELF_PROMOTION), r.labelledCategories(null));
        Map<String, Double> figures = r.figures();
        assertEquals(2.0 / 3, figures.get("recall.self-promotion"), 1e-9);
        assertEquals(0.5, figures.get("macro-recall.en"), 1e-9);
        assertEquals(0.5, figures.get(FidelityReport.CLEAN_FLAGGED), 1e-9);
        assertNull(figures.get(FidelityReport.TYPOS_CAUGHT), "no grammar ran");
    }

    @Test
    void a_warning_on_a_mistake_the_text_was_published_with_is_right_not_a_false_alarm() {
        LabelledText clean = text("c", Language.ENGLISH, "We'll recieve a honest answer" + " ".repeat(971));
        FidelityTally tally = new FidelityTally(TypoSeeds.knownMistakes("m.tsv",
                "id\twords\trule\tverdict\treason\nc\ta honest\tlt:EN_A_VS_AN\treal\tarticle\n"
                        + "c\trecieve\tlt:MORFOLOGIK_RULE_EN_US\tfalse\tsay\n"));
        tally.addProofreading(clean, List.of(finding(Category.SPELLING, Severity.WARNING, 6, 13),
                finding(Category.GRAMMAR, Severity.WARNING, 14, 22)));
        FidelityReport.Proofreading p = tally.report().proofreading();
        assertEquals(1, p.warnings());
        assertEquals(1, p.realMistakes());
        assertEquals(1.0, p.warningsPer1000Chars(), 1e-9);
        assertEquals(List.of("c \"recieve\" (r)"), p.flags().stream().map(Object::toString).toList());
    }

    @Test
    void grammar_on_clean_texts_counts_warnings_per_thousand_characters_and_typos_caught_by_overlap() {
        FidelityTally tally = new FidelityTally();
        LabelledText clean = text("c", Language.ENGLISH, "a".repeat(2000));
        tally.addProofreading(clean, List.of(finding(Category.SPELLING, Severity.WARNING, 0, 3),
                finding(Category.SPELLING, Severity.HINT, 5, 8), finding(Category.HOOK, Severity.WARNING, 0, 3)));
        TypoPair pair = new TypoPair(Language.ENGLISH, "receive", "recieve");
        SeededTypo seeded = new SeededTypo(clean, pair, "We recieve it", 3);
        tally.addSeeded(seeded, List.of(finding(Category.SPELLING, Severity.WARNING, 3, 10)));
        tally.addSeeded(seeded, List.of(finding(Category.SPELLING, Severity.WARNING, 0, 2)));
        tally.addSeeded(seeded, List.of(finding(Category.SPELLING, Severity.HINT, 3, 10)));
        FidelityReport.Proofreading p = tally.report().proofreading();
        assertEquals(0.5, p.warningsPer1000Chars(), 1e-9);
        assertEquals(List.of("c \"aaa\" (r)"), p.flags().stream().map(Object::toString).toList());
        assertEquals(1, p.typosCaught());
        assertEquals(3, p.typosSeeded());
        assertEquals(2, p.typosMissed().size());
    }
}
