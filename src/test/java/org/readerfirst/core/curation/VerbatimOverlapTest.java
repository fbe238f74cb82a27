package org.readerfirst.core.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VerbatimOverlapTest {

    private static final String SOURCE = """
            Why decision logs matter

            Teams that write down their decisions and the reasons behind them ship faster, argue less
            and onboard new people in half the time. The context is no longer in one person's head.
            We kept one log per team and reviewed it every month.
            """;

    private static SourceComparison compare(String draft, String source) {
        return SourceText.of(source).compare(draft);
    }

    /** The words of a span, lower-cased and joined by one space: what the overlap compares. */
    private static String words(String text, int start, int end) {
        return text.substring(start, end).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    @Test
    void a_text_copied_whole_is_one_run_covering_all_of_it() {
        SourceComparison c = compare(SOURCE, SOURCE);
        assertEquals(1, c.runs().size(), c.runs().toString());
        CopiedRun run = c.runs().get(0);
        assertEquals(SOURCE.indexOf("Why"), run.start());
        assertEquals(SOURCE.lastIndexOf("month") + 5, run.end());
        assertEquals(1.0, c.copiedShare());
        assertEquals(0, c.ownWords());
    }

    @Test
    void case_punctuation_white_space_and_line_breaks_do_not_hide_a_copy() {
        String draft = "My take first.\n\nTEAMS that write down their decisions — and the reasons\nbehind them — "
                + "ship faster; argue LESS, and onboard new people in half the time!";
        SourceComparison c = compare(draft, SOURCE);
        assertEquals(1, c.runs().size(), c.runs().toString());
        CopiedRun run = c.runs().get(0);
        assertEquals(draft.indexOf("TEAMS"), run.start());
        assertEquals(draft.indexOf("time!") + 4, run.end());
        assertEquals(words(draft, run.start(), run.end()), words(SOURCE, run.sourceStart(), run.sourceEnd()));
        assertEquals(3, c.ownWords(), "My take first");
    }

    @Test
    void a_run_points_at_the_same_words_in_the_source() {
        String draft = "Worth noting: the context is no longer in one person's head. That is the real win.";
        CopiedRun run = compare(draft, SOURCE).runs().get(0);
        assertEquals("the context is no longer in one person s head", words(SOURCE, run.sourceStart(), run.sourceEnd()));
        assertEquals("the context is no longer in one person s head", words(draft, run.start(), run.end()));
    }

    @Test
    void a_word_changed_inside_a_copied_passage_does_not_split_it() {
        String draft = "Teams that write down their choices and the reasons behind them ship faster, argue less "
                + "and onboard new people in half the time.";
        SourceComparison c = compare(draft, SOURCE);
        assertEquals(1, c.runs().size(), c.runs().toString());
        assertEquals(0, c.runs().get(0).start());
    }

    @Test
    void five_words_in_common_are_chance_not_copying() {
        SourceComparison c = compare("Our teams ship faster, argue less and plan better than before.", SOURCE);
        assertFalse(c.copiedAny(), c.runs().toString());
        assertEquals(0.0, c.copiedShare());
    }

    @Test
    void a_paraphrase_copies_nothing() {
        String draft = "When a team records what it decided and why, it delivers sooner and quarrels less. "
                + "Newcomers get up to speed twice as quickly because nobody has to be asked.";
        SourceComparison c = compare(draft, SOURCE);
        assertEquals(List.of(), c.runs());
        assertEquals(c.draftWords(), c.ownWords());
    }

    @Test
    void copied_runs_in_two_places_stay_two_runs_in_draft_order() {
        String draft = "We kept one log per team and reviewed it every month. Then, much later and elsewhere, "
                + "we saw that teams that write down their decisions and the reasons behind them ship faster.";
        List<CopiedRun> runs = compare(draft, SOURCE).runs();
        assertEquals(2, runs.size(), runs.toString());
        assertTrue(runs.get(0).end() < runs.get(1).start());
        assertTrue(runs.get(0).sourceStart() > runs.get(1).sourceStart(), "the source order is the other way round");
    }

    @Test
    void inflected_finnish_copied_word_for_word_is_found() {
        String source = "Tiimit, jotka kirjaavat päätöksensä ja niiden perustelut, julkaisevat nopeammin ja "
                + "riitelevät vähemmän. Uudet työntekijät pääsevät vauhtiin puolessa ajassa.";
        String draft = "Luin tämän: tiimit jotka kirjaavat päätöksensä ja niiden perustelut julkaisevat nopeammin.";
        SourceComparison c = compare(draft, source);
        assertEquals(1, c.runs().size(), c.runs().toString());
        assertEquals(draft.indexOf("tiimit"), c.runs().get(0).start());
        assertEquals(2, c.ownWords());
    }

    @Test
    void soft_hyphens_and_combining_accents_are_read_as_the_letters_they_show() {
        String source = "The café opened a new branch in Tampere last spring and hired twelve people.";
        String draft = "The cafe\u0301 opened a new bran\u00adch in Tampere last spring and hired twelve people.";
        assertEquals(1, compare(draft, source).runs().size());
    }

    @Test
    void empty_texts_copy_nothing() {
        assertFalse(compare("", SOURCE).copiedAny());
        assertFalse(compare(SOURCE, "").copiedAny());
        assertEquals(0.0, compare("", "").copiedShare());
    }
}
