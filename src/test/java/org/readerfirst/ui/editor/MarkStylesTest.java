package org.readerfirst.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;

class MarkStylesTest {

    private static final List<String> NONE = List.of();
    private static final List<String> WARN = List.of("finding-warning");
    private static final List<String> HINT = List.of("finding-hint");

    @SafeVarargs
    private static StyleSpans<Collection<String>> spans(Object... lengthThenStyle) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        for (int i = 0; i < lengthThenStyle.length; i += 2) {
            @SuppressWarnings("unchecked")
            Collection<String> style = (Collection<String>) lengthThenStyle[i + 1];
            b.add(style, (Integer) lengthThenStyle[i]);
        }
        return b.create();
    }

    @Test
    void the_same_classes_cut_differently_are_no_difference() {
        assertEquals(Optional.empty(), MarkStyles.difference(
                spans(10, NONE, 5, WARN, 5, WARN, 20, NONE), spans(4, NONE, 6, NONE, 10, WARN, 20, NONE)));
        assertEquals(Optional.empty(), MarkStyles.difference(
                spans(3, List.of("a", "b"), 7, NONE), spans(3, List.of("b", "a"), 7, NONE)));
    }

    @Test
    void only_the_stretch_that_changed_is_restyled() {
        // An underline moved by one character in the middle of the text: its two ends.
        assertEquals(Optional.of(new TextSpan(20, 26)), MarkStyles.difference(
                spans(20, NONE, 5, WARN, 25, NONE), spans(21, NONE, 5, WARN, 24, NONE)));
        // An underline one character longer.
        assertEquals(Optional.of(new TextSpan(25, 26)), MarkStyles.difference(
                spans(20, NONE, 5, WARN, 25, NONE), spans(20, NONE, 6, WARN, 24, NONE)));
        // A finding's severity changed: just its words.
        assertEquals(Optional.of(new TextSpan(20, 25)), MarkStyles.difference(
                spans(20, NONE, 5, WARN, 25, NONE), spans(20, NONE, 5, HINT, 25, NONE)));
        // Two changes far apart: everything between them.
        assertEquals(Optional.of(new TextSpan(0, 50)), MarkStyles.difference(
                spans(2, WARN, 46, NONE, 2, HINT), spans(50, NONE)));
        assertEquals(Optional.of(new TextSpan(49, 50)), MarkStyles.difference(
                spans(49, NONE, 1, HINT), spans(50, NONE)));
    }
}
