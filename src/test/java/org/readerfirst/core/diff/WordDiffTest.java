package org.readerfirst.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readerfirst.core.metrics.Span;

class WordDiffTest {

    private static List<String> words(String text, List<Span> spans) {
        return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void the_same_text_has_no_differences() {
        assertTrue(WordDiff.compare("We shipped it.", "We shipped it.").isEmpty());
    }

    @Test
    void a_replaced_word_is_deleted_on_the_left_and_inserted_on_the_right_whole() {
        String older = "We shipped the release on Monday.";
        String newer = "We shipped the release on Tuesday.";

        TextDiff diff = WordDiff.compare(older, newer);

        assertEquals(List.of("Monday"), words(older, diff.deleted()));
        assertEquals(List.of("Tuesday"), words(newer, diff.inserted()));
    }

    @Test
    void words_replaced_in_a_row_are_one_change_but_not_across_a_line_break() {
        String older = "Three things I learned shipping it.\nOn Monday we met.";
        String newer = "Three lessons from shipping it.\nOn Tuesday we met.";

        TextDiff diff = WordDiff.compare(older, newer);

        assertEquals(List.of("things I learned", "Monday"), words(older, diff.deleted()));
        assertEquals(List.of("lessons from", "Tuesday"), words(newer, diff.inserted()));
    }

    @Test
    void an_added_sentence_is_only_inserted() {
        String older = "Short post.";
        String newer = "Short post. A second line for readers.";

        TextDiff diff = WordDiff.compare(older, newer);

        assertEquals(List.of(), diff.deleted());
        assertEquals(List.of("A second line for readers."), words(newer, diff.inserted()));
    }

    @Test
    void a_change_of_spaces_alone_is_marked() {
        String older = "Two  spaces.";
        String newer = "Two spaces.";

        TextDiff diff = WordDiff.compare(older, newer);

        assertEquals(List.of("  "), words(older, diff.deleted()));
        assertEquals(List.of(" "), words(newer, diff.inserted()));
    }

    @Test
    void a_removed_word_is_only_deleted() {
        String older = "We really shipped it.";
        String newer = "We shipped it.";

        TextDiff diff = WordDiff.compare(older, newer);

        assertEquals(List.of("really"), words(older, diff.deleted()));
        assertEquals(List.of(), diff.inserted());
    }

    @Test
    void a_moved_comma_marks_only_the_comma() {
        String older = "First we plan, then we build.";
        String newer = "First, we plan then we build.";

        TextDiff diff = WordDiff.compare(older, newer);

        assertEquals(List.of(","), words(older, diff.deleted()));
        assertEquals(List.of(","), words(newer, diff.inserted()));
    }

    @Test
    void finnish_words_with_umlauts_and_hyphens_are_compared_whole() {
        String older = "Tiimi käytti tekoäly-työkalua.";
        String newer = "Tiimi käyttää tekoäly-työkalua.";

        TextDiff diff = WordDiff.compare(older, newer);

        assertEquals(List.of("käytti"), words(older, diff.deleted()));
        assertEquals(List.of("käyttää"), words(newer, diff.inserted()));
    }

    @Test
    void every_character_is_in_one_token_also_emoji_and_line_breaks() {
        String text = "Launch day 🚀\n\nThanks, team!";

        assertEquals(text, String.join("", WordDiff.split(text)));
        assertTrue(WordDiff.split(text).contains("🚀"));
    }

    @Test
    void changes_from_empty_and_to_empty_cover_the_whole_text() {
        assertEquals(List.of(new Span(0, 5)), WordDiff.compare("", "Hello").inserted());
        assertEquals(List.of(new Span(0, 5)), WordDiff.compare("Hello", "").deleted());
    }
}
