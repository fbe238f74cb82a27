package org.readerfirst.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Severity;

class FindingStylesTest {

    private static Finding finding(Severity severity, int start, int end) {
        return new Finding("r", Category.CLARITY, severity, start, end, "m", "", List.of());
    }

    private static List<String> describe(StyleSpans<Collection<String>> spans) {
        List<String> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> s : spans) {
            out.add(s.getLength() + ":" + String.join(" ", s.getStyle()));
        }
        return out;
    }

    @Test
    void spans_cover_the_whole_text_with_each_finding_marked_by_its_severity() {
        StyleSpans<Collection<String>> spans = FindingStyles.spans(
                List.of(finding(Severity.HINT, 2, 4), finding(Severity.ERROR, 6, 9)), 12);
        assertEquals(12, spans.length());
        assertEquals(List.of("2:", "2:finding finding-hint", "2:", "3:finding finding-error", "3:"), describe(spans));
    }

    @Test
    void findings_about_the_whole_draft_are_not_underlined() {
        Finding cadence = new Finding("cadence-updates-per-day", Category.CADENCE, Severity.WARNING, 0, 5, "m", "",
                List.of());
        Finding tooShort = new Finding("length-too-short", Category.LENGTH, Severity.WARNING, 0, 12, "m", "", List.of());
        assertEquals(List.of("6:", "3:finding finding-error", "3:"),
                describe(FindingStyles.spans(List.of(cadence, tooShort, finding(Severity.ERROR, 6, 9)), 12)));
    }

    @Test
    void where_findings_overlap_the_most_severe_one_is_drawn() {
        StyleSpans<Collection<String>> spans = FindingStyles.spans(
                List.of(finding(Severity.HINT, 0, 6), finding(Severity.ERROR, 2, 4)), 6);
        assertEquals(List.of("2:finding finding-hint", "2:finding finding-error", "2:finding finding-hint"),
                describe(spans));
    }

    @Test
    void findings_past_the_end_of_the_text_are_clipped() {
        StyleSpans<Collection<String>> spans = FindingStyles.spans(List.of(finding(Severity.WARNING, 3, 40)), 5);
        assertEquals(5, spans.length());
    }

    @Test
    void every_character_gets_the_most_severe_of_the_many_findings_over_it() {
        Random random = new Random(7);
        int length = 5_000;
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            int start = random.nextInt(length + 10);
            findings.add(finding(Severity.values()[random.nextInt(3)], start, start + random.nextInt(30)));
        }
        StyleSpans<Collection<String>> spans = FindingStyles.spans(findings, length);

        assertEquals(length, spans.length());
        int at = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            for (int c = at; c < at + span.getLength(); c++) {
                int ch = c;
                String expected = findings.stream().filter(f -> f.start() <= ch && ch < f.end())
                        .map(Finding::severity).min(Comparator.naturalOrder())
                        .map(s -> "finding " + FindingStyles.classOf(s)).orElse("");
                assertEquals(expected, String.join(" ", span.getStyle()), "at " + c);
            }
            at += span.getLength();
        }
    }

    @Test
    void an_empty_text_gets_one_empty_span() {
        assertEquals(0, FindingStyles.spans(List.of(), 0).length());
    }
}
