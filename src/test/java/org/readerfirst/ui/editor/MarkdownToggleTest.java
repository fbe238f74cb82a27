package org.readerfirst.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownToggleTest {

    private static String apply(String text, MarkdownToggle.Edit e) {
        return text.substring(0, e.start()) + e.replacement() + text.substring(e.end());
    }

    @Test
    void a_selection_is_wrapped_and_stays_selected_without_the_marks() {
        String text = "Three things we changed";
        MarkdownToggle.Edit e = MarkdownToggle.toggle(text, 6, 12, MarkdownToggle.BOLD);
        String done = apply(text, e);
        assertEquals("Three **things** we changed", done);
        assertEquals("things", done.substring(e.selectStart(), e.selectEnd()));
    }

    @Test
    void the_same_command_again_takes_the_marks_away() {
        String text = "Three **things** we changed";
        MarkdownToggle.Edit e = MarkdownToggle.toggle(text, 8, 14, MarkdownToggle.BOLD);
        assertEquals("Three things we changed", apply(text, e));
        assertEquals("things", apply(text, e).substring(e.selectStart(), e.selectEnd()));
        MarkdownToggle.Edit inside = MarkdownToggle.toggle(text, 6, 16, MarkdownToggle.BOLD);
        assertEquals("Three things we changed", apply(text, inside));
    }

    @Test
    void spaces_at_the_ends_stay_outside_and_an_empty_selection_gets_a_pair_to_type_into() {
        String text = "Three things we changed";
        assertEquals("Three *things* we changed", apply(text, MarkdownToggle.toggle(text, 5, 13, MarkdownToggle.ITALIC)));
        MarkdownToggle.Edit empty = MarkdownToggle.toggle(text, 5, 5, MarkdownToggle.BOLD);
        assertEquals("Three**** things we changed", apply(text, empty));
        assertEquals(7, empty.selectStart());
        assertEquals(7, empty.selectEnd());
    }

    @Test
    void italic_inside_bold_wraps_rather_than_taking_a_bold_mark_away() {
        String text = "Three **things** we";
        assertEquals("Three ***things*** we", apply(text, MarkdownToggle.toggle(text, 8, 14, MarkdownToggle.ITALIC)));
    }
}
