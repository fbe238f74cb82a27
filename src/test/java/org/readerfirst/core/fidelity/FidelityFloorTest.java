package org.readerfirst.core.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FidelityFloorTest {

    @Test
    void a_floor_reads_back_what_it_wrote_to_four_decimals() {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("macro-recall", 2.0 / 3);
        figures.put("clean-flagged", 0.05);
        Map<String, Double> back = FidelityFloor.parse("f.json", FidelityFloor.format(figures));
        assertEquals(List.of("macro-recall", "clean-flagged"), List.copyOf(back.keySet()));
        assertEquals(0.6667, back.get("macro-recall"), 1e-12);
        assertEquals(List.of(), FidelityFloor.shortfalls(back, figures), "the rounding itself is no shortfall");
    }

    @Test
    void a_figure_falls_short_below_its_floor_or_for_those_lower_is_better_above_it() {
        Map<String, Double> floor = Map.of("macro-recall", 0.70, "clean-flagged", 0.05,
                "proofreading-per-1000-chars", 0.3, "recall.hook", 0.8);
        Map<String, Double> now = Map.of("macro-recall", 0.69, "clean-flagged", 0.06,
                "proofreading-per-1000-chars", 0.2, "recall.hook", 0.9);
        List<String> shortfalls = FidelityFloor.shortfalls(floor, now).stream().sorted().toList();
        assertEquals(List.of("clean-flagged: 0.0600, above the recorded 0.0500",
                "macro-recall: 0.6900, below the recorded 0.7000"), shortfalls);
        assertEquals(List.of("typos-caught: recorded at 0.9500, not measured now"),
                FidelityFloor.shortfalls(Map.of("typos-caught", 0.95), Map.of()));
    }

    @Test
    void a_file_that_is_no_floor_is_told_by_name() {
        assertEquals("f.json: no \"figures\" object",
                assertThrows(IllegalArgumentException.class, () -> FidelityFloor.parse("f.json", "{}")).getMessage());
        assertEquals("f.json: figure 'x' is not a number", assertThrows(IllegalArgumentException.class,
                () -> FidelityFloor.parse("f.json", "{\"figures\":{\"x\":\"high\"}}")).getMessage());
    }
}
