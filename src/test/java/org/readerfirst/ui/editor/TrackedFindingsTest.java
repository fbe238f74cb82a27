package org.readerfirst.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Severity;

class TrackedFindingsTest {

    private final Finding word = new Finding("r", Category.CLARITY, Severity.WARNING, 10, 15, "m", "w", List.of());
    private final TrackedFindings tracked = new TrackedFindings();

    @Test
    void inserting_before_a_finding_moves_it_right() {
        tracked.reset(List.of(word));
        tracked.edited(2, 0, 4);
        assertEquals(new TextSpan(14, 19), tracked.spanOf(word).orElseThrow());
    }

    @Test
    void typing_right_at_its_start_pushes_it_along() {
        tracked.reset(List.of(word));
        tracked.edited(10, 0, 1);
        assertEquals(new TextSpan(11, 16), tracked.spanOf(word).orElseThrow());
    }

    @Test
    void deleting_before_a_finding_moves_it_left() {
        tracked.reset(List.of(word));
        tracked.edited(0, 3, 0);
        assertEquals(new TextSpan(7, 12), tracked.spanOf(word).orElseThrow());
    }

    @Test
    void edits_after_a_finding_leave_it_alone_even_right_at_its_end() {
        tracked.reset(List.of(word));
        tracked.edited(15, 0, 3);
        tracked.edited(20, 2, 0);
        assertEquals(new TextSpan(10, 15), tracked.spanOf(word).orElseThrow());
    }

    @Test
    void typing_inside_a_finding_stretches_it() {
        tracked.reset(List.of(word));
        tracked.edited(12, 0, 2);
        assertEquals(new TextSpan(10, 17), tracked.spanOf(word).orElseThrow());
    }

    @Test
    void deleting_the_start_of_a_finding_keeps_the_rest() {
        tracked.reset(List.of(word));
        tracked.edited(8, 4, 0);
        assertEquals(new TextSpan(8, 11), tracked.spanOf(word).orElseThrow());
    }

    @Test
    void a_finding_whose_text_is_deleted_is_dropped() {
        tracked.reset(List.of(word));
        tracked.edited(9, 7, 1);
        assertTrue(tracked.spanOf(word).isEmpty());
        assertTrue(tracked.current().isEmpty());
    }

    @Test
    void current_findings_carry_their_moved_offsets_and_everything_else_unchanged() {
        tracked.reset(List.of(word));
        tracked.edited(0, 0, 1);
        Finding moved = tracked.current().get(0);
        assertEquals(11, moved.start());
        assertEquals(16, moved.end());
        assertEquals(word.ruleId(), moved.ruleId());
        assertEquals(word.message(), moved.message());
    }
}
