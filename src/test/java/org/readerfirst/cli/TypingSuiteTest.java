package org.readerfirst.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A few keystrokes into the real window, headless: a line a measure, in the other suites' format. */
class TypingSuiteTest {

    @Test
    void typing_prints_a_line_for_each_measure_with_a_run_per_keystroke() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BenchCommand bench = new BenchCommand(new PrintStream(out, true, StandardCharsets.UTF_8));
        new TypingSuite(bench).run(3);
        List<String> lines = out.toString(StandardCharsets.UTF_8).strip().lines().toList();
        assertEquals(List.of("fx-thread", "fx-thread-all", "rules", "rules-after-pause", "grammar", "grammar-after-pause"),
                lines.stream().map(l -> l.replaceAll("^bench typing\\.([\\w-]+) .*$", "$1")).toList(), lines.toString());
        for (String line : lines) {
            assertTrue(line.matches("bench typing\\.[\\w-]+ median_ms=\\d+\\.\\d{3} p95_ms=\\d+\\.\\d{3} runs=3"), line);
        }
        // The app's own share of the FX thread was counted, and it is a part of the whole.
        double ours = median(lines.get(0));
        double all = median(lines.get(1));
        assertTrue(ours > 0 && ours <= all, lines.toString());
    }

    private static double median(String line) {
        return Double.parseDouble(line.replaceAll("^.* median_ms=([\\d.]+) .*$", "$1"));
    }

    @Test
    void help_names_the_suite() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReaderFirstCli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, System.in)
                .run(List.of("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("bench --suite typing"));
    }
}
