package org.readerfirst.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DraftTitlesTest {

    private static final Set<String> UNTITLED = Set.of("Untitled", "Nimetön");

    @Test
    void the_title_is_the_first_line_that_holds_anything_without_markdown_marks() {
        assertEquals("Three things we changed in our support rota",
                DraftTitles.fromFirstLine("\n\n## Three things we **changed** in our support rota\nThe first…"));
        assertEquals("Kolme muutosta tukivuoroihin", DraftTitles.fromFirstLine("- Kolme muutosta _tukivuoroihin_"));
        assertEquals("snake_case stays", DraftTitles.fromFirstLine("snake_case stays"));
        assertEquals("", DraftTitles.fromFirstLine("  \n \n"));
    }

    @Test
    void a_long_first_line_is_cut_at_a_word_with_an_ellipsis() {
        String title = DraftTitles.fromFirstLine("What we learned moving thirty warehouses to a new system, and what "
                + "we would do differently next time");
        assertTrue(title.endsWith("…"), title);
        assertTrue(title.codePointCount(0, title.length()) <= DraftTitles.MAX + 1, title);
        assertEquals("What we learned moving thirty warehouses to a new system,…", title);
    }

    @Test
    void a_title_follows_the_text_until_the_writer_names_it() {
        assertTrue(DraftTitles.follows("Untitled", "anything", UNTITLED));
        assertTrue(DraftTitles.follows("Nimetön", "", UNTITLED));
        assertTrue(DraftTitles.follows("Hello there", "Hello there\nmore", UNTITLED));
        assertFalse(DraftTitles.follows("Support rota", "Hello there\nmore", UNTITLED));
    }
}
