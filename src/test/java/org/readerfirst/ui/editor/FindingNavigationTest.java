package org.readerfirst.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Severity;

class FindingNavigationTest {

    private static Finding at(int start) {
        return new Finding("r" + start, Category.CLARITY, Severity.WARNING, start, start + 3, "m", "", List.of());
    }

    private final List<Finding> findings = List.of(at(40), at(5), at(20));

    @Test
    void next_is_the_first_finding_after_the_caret_and_goes_round() {
        assertEquals(5, FindingNavigation.next(findings, 0).orElseThrow().start());
        assertEquals(20, FindingNavigation.next(findings, 5).orElseThrow().start());
        assertEquals(40, FindingNavigation.next(findings, 21).orElseThrow().start());
        assertEquals(5, FindingNavigation.next(findings, 40).orElseThrow().start());
    }

    @Test
    void previous_is_the_last_finding_before_the_caret_and_goes_round() {
        assertEquals(20, FindingNavigation.previous(findings, 40).orElseThrow().start());
        assertEquals(5, FindingNavigation.previous(findings, 20).orElseThrow().start());
        assertEquals(40, FindingNavigation.previous(findings, 5).orElseThrow().start());
    }

    @Test
    void no_findings_no_move() {
        assertTrue(FindingNavigation.next(List.of(), 3).isEmpty());
        assertTrue(FindingNavigation.previous(List.of(), 3).isEmpty());
    }

    @Test
    void findings_about_the_whole_draft_are_passed_over() {
        Finding tooShort = new Finding("length-too-short", Category.LENGTH, Severity.WARNING, 0, 30, "m", "", List.of());
        Finding cadence = new Finding("cadence-updates-per-day", Category.CADENCE, Severity.WARNING, 0, 10, "m", "",
                List.of());
        assertEquals(20, FindingNavigation.next(List.of(tooShort, cadence, at(20)), 0).orElseThrow().start());
        assertTrue(FindingNavigation.next(List.of(tooShort, cadence), 0).isEmpty());
    }
}
