package org.readerfirst.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readerfirst.export.MarkupSpans.Kind;

class MarkupSpansTest {

    private static String at(String text, MarkupSpans.Span s) {
        return text.substring(s.start(), s.end());
    }

    @Test
    void bold_italic_headings_quotes_and_links_are_found_where_they_stand() {
        String text = "# Pricing\n\nMost teams **never test** prices. *Really.*\n\n> A quote line\n\nSee [the guide](https://example.com).";
        List<MarkupSpans.Span> spans = MarkupSpans.of(text);
        assertEquals("# Pricing", at(text, spans.stream().filter(s -> s.kind() == Kind.HEADING).findFirst().orElseThrow()));
        assertEquals("**never test**", at(text, spans.stream().filter(s -> s.kind() == Kind.BOLD).findFirst().orElseThrow()));
        assertEquals("*Really.*", at(text, spans.stream().filter(s -> s.kind() == Kind.ITALIC).findFirst().orElseThrow()));
        assertTrue(at(text, spans.stream().filter(s -> s.kind() == Kind.QUOTE).findFirst().orElseThrow()).startsWith("> A quote"));
        assertEquals("[the guide](https://example.com)",
                at(text, spans.stream().filter(s -> s.kind() == Kind.LINK).findFirst().orElseThrow()));
    }

    @Test
    void the_marks_of_bold_and_italic_are_found_to_be_dimmed() {
        String text = "Most teams **never test** prices. *Really.*";
        List<String> marks = MarkupSpans.of(text).stream().filter(s -> s.kind() == Kind.MARK).map(s -> at(text, s))
                .toList();
        assertEquals(List.of("**", "**", "*", "*"), marks);
    }

    @Test
    void plain_text_and_huge_text_have_no_markup() {
        assertEquals(List.of(), MarkupSpans.of("Just words, 2 * 3 = 6."));
        assertEquals(List.of(), MarkupSpans.of("**x** ".repeat(MarkupSpans.MAX_CHARS / 6 + 1)));
    }

    @Test
    void finnish_and_emoji_keep_their_offsets() {
        String text = "🚀 Kolme **tärkeää** asiaa";
        MarkupSpans.Span bold = MarkupSpans.of(text).get(0);
        assertEquals("**tärkeää**", at(text, bold));
    }
}
