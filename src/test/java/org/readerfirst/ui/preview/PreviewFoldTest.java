package org.readerfirst.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PreviewFoldTest {

    @Test
    void a_short_post_shows_whole() {
        PreviewFold fold = PreviewFold.of("Three lessons from our pilot.", 210, 3);
        assertEquals("Three lessons from our pilot.", fold.visible());
        assertFalse(fold.folded());
    }

    @Test
    void a_long_line_folds_between_words_before_the_fold() {
        String text = "word ".repeat(60).strip();
        PreviewFold fold = PreviewFold.of(text, 142, 3);
        assertEquals(139, fold.visible().length());
        assertTrue(fold.visible().endsWith("word"));
        assertEquals(text, fold.visible() + " " + fold.hidden());
    }

    @Test
    void the_fourth_line_is_below_the_fold_however_short() {
        PreviewFold fold = PreviewFold.of("One.\nTwo.\nThree.\nFour.", 210, 3);
        assertEquals("One.\nTwo.\nThree.", fold.visible());
        assertEquals("Four.", fold.hidden());
    }

    @Test
    void a_styled_letter_counts_once_and_is_never_cut_in_half() {
        String bold = "\uD835\uDC01".repeat(10) + " tail";
        PreviewFold fold = PreviewFold.of(bold, 10, 3);
        assertEquals("\uD835\uDC01".repeat(10), fold.visible());
        assertEquals("tail", fold.hidden());
    }
}
