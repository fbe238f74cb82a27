package org.readerfirst.core.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Severity;
import org.readerfirst.core.model.TextSnapshot;

/**
 * Runs the checks over a labelled corpus of English and Finnish texts (src/test/resources/corpus)
 * and prints every category's precision and recall. A category counts as found when a finding of it
 * is a warning or an error; hints are suggestions and count for nothing. Clean texts may carry no
 * warning or error.
 *
 * <p>Every category must reach 0.9 for both figures.
 */
class CorpusTest {

    private static final double BAR = 0.9;
    private static final Path ROOT = Path.of("src/test/resources/corpus");
    private static final Set<Category> OUT_OF_SCOPE = EnumSet.of(Category.GRAMMAR, Category.SPELLING, Category.CADENCE);

    record Sample(Path file, ContentType type, Language language, Set<Category> expected, String text) {
    }

    @Test
    void no_category_falls_below_its_floor_and_clean_texts_stay_clean() {
        RuleEngine engine = BuiltInRules.engine();
        List<Sample> samples = load();
        assertTrue(samples.stream().filter(s -> s.language() == Language.ENGLISH).count() >= 80, "English texts");
        assertTrue(samples.stream().filter(s -> s.language() == Language.FINNISH).count() >= 50, "Finnish texts");
        Map<Category, int[]> counts = new EnumMap<>(Category.class); // true positives, false positives, false negatives
        List<String> failures = new ArrayList<>();
        for (Sample s : samples) {
            // The language is detected, as the app does by default.
            List<Finding> findings = engine.check(new TextSnapshot(s.text(), s.type(), Language.AUTO)).findings();
            Set<Category> found = findings.stream().filter(f -> f.severity() != Severity.HINT)
                    .map(Finding::category).filter(c -> !OUT_OF_SCOPE.contains(c))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Category.class)));
            for (Category c : Category.values()) {
                int[] n = counts.computeIfAbsent(c, k -> new int[3]);
                boolean want = s.expected().contains(c);
                boolean got = found.contains(c);
                if (want && got) {
                    n[0]++;
                } else if (got) {
                    n[1]++;
                    failures.add("false " + c.id() + " in " + ROOT.relativize(s.file()) + ": " + describe(findings, c, s.text()));
                } else if (want) {
                    n[2]++;
                    failures.add("missed " + c.id() + " in " + ROOT.relativize(s.file()));
                }
            }
        }
        StringBuilder report = new StringBuilder("category            precision recall  (tp fp fn)\n");
        List<String> below = new ArrayList<>();
        counts.forEach((c, n) -> {
            if (n[0] + n[1] + n[2] == 0) {
                return;
            }
            double precision = n[0] + n[1] == 0 ? 1 : (double) n[0] / (n[0] + n[1]);
            double recall = n[0] + n[2] == 0 ? 1 : (double) n[0] / (n[0] + n[2]);
            report.append(String.format(Locale.ROOT, "%-19s %9.2f %6.2f  (%d %d %d)%n", c.id(), precision, recall,
                    n[0], n[1], n[2]));
            if (precision < BAR || recall < BAR) {
                below.add(c.id() + String.format(Locale.ROOT, " (%.2f/%.2f, below %.2f)", precision, recall, BAR));
            }
        });
        System.out.println(report);
        failures.forEach(System.out::println);
        long dirtyClean = samples.stream().filter(s -> s.expected().isEmpty()).filter(s -> engine
                .check(new TextSnapshot(s.text(), s.type(), Language.AUTO)).findings().stream()
                .anyMatch(f -> f.severity() != Severity.HINT && !OUT_OF_SCOPE.contains(f.category()))).count();
        assertTrue(below.isEmpty() && dirtyClean == 0, "below the floor: " + below + "; clean texts with warnings: "
                + dirtyClean + "\n" + report + String.join("\n", failures));
    }

    private static String describe(List<Finding> findings, Category c, String text) {
        return findings.stream().filter(f -> f.category() == c && f.severity() != Severity.HINT)
                .map(f -> f.ruleId() + " [" + text.substring(f.start(), Math.min(f.end(), f.start() + 60)) + "]")
                .collect(Collectors.joining("; "));
    }

    static List<Sample> load() {
        List<Sample> samples = new ArrayList<>();
        for (String lang : List.of("en", "fi")) {
            try (Stream<Path> files = Files.list(ROOT.resolve(lang))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    samples.add(parse(f, Language.fromId(lang)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return samples;
    }

    private static Sample parse(Path file, Language language) throws IOException {
        String all = Files.readString(file, StandardCharsets.UTF_8);
        if (!all.startsWith("---")) {
            throw new IllegalStateException(file + ": no header");
        }
        int end = all.indexOf("\n---", 3);
        String header = all.substring(3, end);
        String text = all.substring(all.indexOf('\n', end + 1) + 1);
        ContentType type = ContentType.POST;
        Set<Category> expected = EnumSet.noneOf(Category.class);
        for (String line : header.split("\n")) {
            String l = line.strip();
            if (l.startsWith("type:")) {
                type = ContentType.fromId(l.substring(5).strip());
            } else if (l.startsWith("expect:")) {
                String list = l.substring(7).strip().replace("[", "").replace("]", "");
                Arrays.stream(list.split(",")).map(String::strip).filter(x -> !x.isEmpty())
                        .forEach(x -> expected.add(Category.fromId(x)));
            }
        }
        return new Sample(file, type, language, expected, text.strip());
    }
}
