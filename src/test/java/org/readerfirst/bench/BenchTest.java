package org.readerfirst.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bench jar's suites print one line a case in the documented format; a wrong suite is refused. */
class BenchTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Bench bench = new Bench(new PrintStream(out, true, StandardCharsets.UTF_8));

    @Test
    void rules_prints_one_line_per_case_in_the_documented_format() {
        assertEquals(0, bench.run(List.of("--suite", "rules")));
        assertCases("rules", List.of("note", "post", "article"));
    }

    @Test
    void curation_prints_a_line_for_each_source_size() {
        assertEquals(0, bench.run(List.of("--suite=curation")));
        assertCases("curation", List.of("10k", "100k"));
    }

    @Test
    void history_prints_the_import_and_the_import_again_of_a_made_up_export_the_report_and_the_near_duplicate_check() {
        new HistoryBench(bench).run(20, 20, 40, 10, 2, 1);
        assertCases("history", List.of("import", "reimport", "report-first", "report", "near-duplicate",
                "near-duplicate-index", "near-duplicate-scan"));
    }

    @Test
    void typing_prints_a_line_for_each_measure_and_the_bare_editor_beside_them() {
        new TypingSuite(bench).run(3);
        List<String> lines = lines();
        assertEquals(List.of("fx-thread-all", "rules", "rules-after-pause", "grammar", "grammar-after-pause", "baseline"),
                lines.stream().map(l -> l.replaceAll("^bench typing\\.([\\w-]+) .*$", "$1")).toList(), lines.toString());
        for (String line : lines) {
            assertTrue(line.matches("bench typing\\.[\\w-]+ median_ms=\\d+\\.\\d{3} p95_ms=\\d+\\.\\d{3} runs=3"), line);
        }
        // Typing into the window costs the FX thread something, and so does the bare editor.
        assertTrue(median(lines.get(0)) > 0 && median(lines.get(5)) > 0, lines.toString());
    }

    @Test
    void a_missing_or_unknown_suite_is_refused_with_the_suites_named() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> bench.run(List.of("--suite", "speed")));
        assertTrue(unknown.getMessage().contains("unknown suite 'speed'"), unknown.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> bench.run(List.of()));
        assertTrue(none.getMessage().contains("rules, grammar, store, curation, history, typing, typing-soak or startup"), none.getMessage());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    private void assertCases(String suite, List<String> cases) {
        List<String> lines = lines();
        assertEquals(cases, lines.stream().map(l -> l.replaceAll("^bench " + suite + "\\.([\\w-]+) .*$", "$1")).toList(),
                lines.toString());
        for (String line : lines) {
            assertTrue(line.matches("bench " + suite + "\\.[\\w-]+ median_ms=\\d+\\.\\d{3} p95_ms=\\d+\\.\\d{3} runs=\\d+"), line);
        }
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).strip().lines().toList();
    }

    private static double median(String line) {
        return Double.parseDouble(line.replaceAll("^.* median_ms=([\\d.]+) .*$", "$1"));
    }
}
