package org.readerfirst.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readerfirst.ui.library.SearchSnippet.Segment;

class SearchSnippetTest {

    private static String marked(List<Segment> segments) {
        StringBuilder out = new StringBuilder();
        segments.forEach(s -> out.append(s.match() ? "[" + s.text() + "]" : s.text()));
        return out.toString();
    }

    @Test
    void the_words_of_a_search_are_lower_case_and_ignore_punctuation() {
        assertEquals(List.of("työelämä", "ai"), SearchSnippet.words(" Työelämä, AI! "));
        assertTrue(SearchSnippet.words("?!").isEmpty());
    }

    @Test
    void an_inflected_finnish_word_is_marked_for_its_base_form() {
        assertEquals("Kirjoitin [työelämästä] ja etätyöstä.",
                marked(SearchSnippet.of("Kirjoitin työelämästä ja etätyöstä.", List.of("työelämä"), 64)));
    }

    @Test
    void every_matching_word_is_marked_whatever_its_case() {
        assertEquals("[Meetings] and more [meeting] notes",
                marked(SearchSnippet.highlight("Meetings and more meeting notes", List.of("meeting"))));
    }

    @Test
    void a_match_far_into_the_text_is_shown_with_a_little_before_it() {
        String text = "An opening line that says nothing much.\n\nThen a long paragraph about budgets, and at last the warehouse.";
        String line = marked(SearchSnippet.of(text, List.of("warehouse"), 40));
        assertTrue(line.startsWith("…"), line);
        assertTrue(line.contains("[warehouse]"), line);
    }

    @Test
    void without_a_search_the_first_line_is_shown_unmarked() {
        assertEquals("First line", marked(SearchSnippet.of("First line\nSecond", List.of(), 64)));
    }

    @Test
    void in_a_huge_draft_the_line_around_a_deep_match_is_shown_as_in_a_short_one() {
        String tail = "Then a long paragraph about budgets, and at last the warehouse.\n\nMore notes follow here.";
        String huge = "An opening line.\n\n" + "Notes from the meeting in Oulu.  \n".repeat(150_000) + tail;
        String shortOne = "An opening line.\n\nNotes from the meeting in Oulu.  \n" + tail;
        assertEquals(marked(SearchSnippet.of(shortOne, List.of("warehouse"), 40)),
                marked(SearchSnippet.of(huge, List.of("warehouse"), 40)));
    }

    @Test
    void without_a_search_a_huge_single_line_is_cut_at_the_width() {
        assertEquals("x".repeat(64) + "…", marked(SearchSnippet.of("  " + "x".repeat(5_000_000), List.of(), 64)));
    }
}
