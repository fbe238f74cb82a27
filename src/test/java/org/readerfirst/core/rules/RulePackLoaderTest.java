package org.readerfirst.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.CheckResult;
import org.readerfirst.core.model.CheckSettings;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Dismissal;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Severity;
import org.readerfirst.core.model.TextSnapshot;

class RulePackLoaderTest {

    private final RulePackLoader loader = new RulePackLoader(Lemmatizers.stemmers());

    @TempDir
    Path dir;

    private static final String GOOD = """
            language: en
            rules:
              - id: no-synergy
                kind: phrase
                category: clarity
                severity: warning
                message: "Say what you mean instead of “{match}”."
                phrases: [leverage synergies]
                examples:
                  flagged: ["We will leverage synergies."]
                  clean: ["We will share the warehouse."]
            """;

    private void write(String name, String yaml) throws IOException {
        Files.writeString(dir.resolve(name), yaml, StandardCharsets.UTF_8);
    }

    @Test
    void a_writers_pack_adds_rules_on_top_of_the_built_in_ones() throws IOException {
        write("mine.yaml", GOOD);
        RuleBook book = loader.loadBuiltInAnd(dir);
        assertEquals(List.of(), book.problems());
        RuleEngine engine = new RuleEngine(book, Lemmatizers.stemmers());
        assertEquals("no-synergy", engine.check(new TextSnapshot("Let us leverage synergies now.", ContentType.POST,
                Language.ENGLISH), CheckSettings.defaults().withDisabledRules(Set.of("clarity-jargon")))
                .findings().stream().filter(f -> f.ruleId().equals("no-synergy")).findFirst()
                .orElseThrow().ruleId());
        // Jargon is a warning from its second place on; one place alone is a hint.
        assertEquals("clarity-jargon", engine.check(new TextSnapshot("Let us leverage synergies now and circle back.", ContentType.POST,
                Language.ENGLISH)).findings().stream().filter(f -> f.category() == Category.CLARITY).findFirst()
                .orElseThrow().ruleId(), "a built-in rule and a writer's rule on the same words: one finding");
        assertTrue(book.rules().size() > loader.loadBuiltIn().rules().size());
    }

    @Test
    void a_misspelt_key_is_reported_with_file_line_and_a_suggestion() throws IOException {
        write("typo.yaml", GOOD.replace("    message:", "    mesage:"));
        write("good.yaml", GOOD.replace("no-synergy", "no-synergy-2"));
        RuleBook book = loader.loadBuiltInAnd(dir);
        assertEquals(1, book.problems().size(), book.problems().toString());
        PackProblem p = book.problems().get(0);
        assertTrue(p.source().endsWith("typo.yaml"), p.toString());
        assertEquals(7, p.line(), p.toString());
        assertTrue(p.problem().contains("unknown key 'mesage'") && p.problem().contains("did you mean 'message'"),
                p.toString());
        assertTrue(book.rules().stream().anyMatch(r -> r.id().equals("no-synergy-2")), "the good pack still loads");
        assertTrue(book.rules().stream().noneMatch(r -> r.id().equals("no-synergy")), "the bad pack is skipped whole");
    }

    @Test
    void wrong_values_are_named() throws IOException {
        List<String[]> cases = List.of(
                new String[] {"category: clarity", "category: clarty", "unknown category 'clarty'"},
                new String[] {"severity: warning", "severity: warn", "unknown severity 'warn'"},
                new String[] {"kind: phrase", "kind: phrases", "unknown kind 'phrases'"},
                new String[] {"language: en", "language: sv", "'language' must be en, fi or any"},
                new String[] {"      flagged: [\"We will leverage synergies.\"]\n", "", "examples need at least one 'flagged'"},
                new String[] {"phrases: [leverage synergies]", "phrases: [leverage synergies\n", ""});
        for (String[] c : cases) {
            Path one = Files.createTempDirectory(dir, "case");
            Files.writeString(one.resolve("pack.yaml"), GOOD.replace(c[0], c[1]), StandardCharsets.UTF_8);
            RuleBook book = loader.loadBuiltInAnd(one);
            assertEquals(1, book.problems().size(), c[1]);
            PackProblem p = book.problems().get(0);
            assertTrue(p.problem().contains(c[2]), p.toString());
            assertTrue(p.line() > 0, "a line for " + p);
        }
    }

    @Test
    void a_broken_regular_expression_is_rejected_at_load() throws IOException {
        write("count.yaml", """
                language: any
                rules:
                  - id: bangs
                    kind: count
                    category: professional-tone
                    severity: warning
                    pattern: '!{3,'
                    max: {default: 0}
                    message: too loud
                    examples: {flagged: ["Wow!!!"], clean: ["Wow."]}
                """);
        RuleBook book = loader.loadBuiltInAnd(dir);
        assertEquals(1, book.problems().size());
        assertTrue(book.problems().get(0).problem().contains("broken pattern"), book.problems().toString());
    }

    @Test
    void a_writers_limits_table_replaces_the_built_in_one() throws IOException {
        write("limits.yaml", "surfaces:\n  connection-note: {max-chars: 200}\n");
        RuleBook book = loader.loadBuiltInAnd(dir);
        assertEquals(200, book.limits().maxChars(ContentType.CONNECTION_NOTE).getAsInt());
    }

    @Test
    void every_built_in_pack_file_is_listed_in_the_index() throws IOException {
        Path root = Path.of("assets/rules");
        List<String> index = Files.readAllLines(root.resolve("packs.txt")).stream()
                .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        try (Stream<Path> files = Files.walk(root)) {
            List<String> packs = files.filter(p -> p.toString().endsWith(".yaml"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.contains("/")).sorted().toList();
            assertEquals(packs, index.stream().sorted().toList());
        }
    }

    @Test
    void a_phrase_with_an_empty_alternative_is_reported() throws IOException {
        assertTheOnlyProblemWith("number_one||no_1 provider", "empty alternative");
    }

    @Test
    void a_phrase_with_a_place_that_holds_no_word_is_reported_rather_than_matching_without_it() throws IOException {
        assertTheOnlyProblemWith("share ♻️", "no word");
    }

    @Test
    void an_alternative_of_punctuation_beside_words_is_reported_rather_than_dropped() throws IOException {
        // "news|!" would otherwise read as "news", and "Good news for the team" would match.
        assertTheOnlyProblemWith("good news|!", "alternative with no word");
    }

    private void assertTheOnlyProblemWith(String phrase, String saying) throws IOException {
        write("phrase.yaml", GOOD.replace("phrases: [leverage synergies]", "phrases:\n      - " + phrase));
        RuleBook book = loader.loadBuiltInAnd(dir);
        assertEquals(1, book.problems().size(), book.problems().toString());
        assertTrue(book.problems().get(0).problem().contains(saying), book.problems().toString());
    }

    @Test
    void one_jargon_word_warns_in_a_short_text_and_is_a_hint_in_a_long_one() {
        RuleEngine engine = BuiltInRules.engine();
        String shortText = "We will leverage the new dashboard for the monthly review.";
        String longText = shortText + " " + "Each team brings one chart and one question to the review. ".repeat(15);
        assertEquals(Severity.WARNING, jargon(engine, shortText).severity());
        assertEquals(Severity.HINT, jargon(engine, longText).severity());
        assertEquals(Severity.WARNING, jargon(engine, longText + " Going forward, we circle back monthly.").severity());
    }

    @Test
    void jargon_inside_a_name_is_left_alone_and_at_the_start_of_a_sentence_is_not() {
        RuleEngine engine = BuiltInRules.engine();
        assertTrue(jargonIn(engine, "I manage the Omnichannel recruitment drive for a retailer.").isEmpty());
        assertTrue(jargonIn(engine, "Our team built DataSynergy, a tool for monthly reports.").isEmpty());
        assertEquals(1, jargonIn(engine, "Leverage the new dashboard for the monthly review.").size());
        assertEquals(1, jargonIn(engine, "We want an omnichannel drive for the monthly review.").size());
    }

    @Test
    void a_pitch_to_anyone_is_a_personalization_finding_only_while_the_pitch_stands() {
        RuleEngine engine = BuiltInRules.engine();
        String pitch = "Hi Tom, let me tell you about the tool we built for finance teams. Could we book 15 minutes?";
        TextSnapshot message = new TextSnapshot(pitch, ContentType.MESSAGE, Language.ENGLISH);
        assertEquals(List.of("personal-pitch-to-anyone"), ruleIds(engine.check(message, CheckSettings.defaults()), Category.PERSONALIZATION));
        // A name alone does not personalise, something only this person did does.
        String personal = pitch.replace("Hi Tom,", "Hi Tom, your talk on month-end close changed how we plan.");
        assertEquals(List.of(), ruleIds(engine.check(new TextSnapshot(personal, ContentType.MESSAGE, Language.ENGLISH),
                CheckSettings.defaults()), Category.PERSONALIZATION));
        // Without the pitch's finding (turned off, or dismissed here), nothing is left to say "could go to anyone" of.
        assertEquals(List.of(), ruleIds(engine.check(message, CheckSettings.defaults()
                .withDisabledRules(Set.of("promo-pitch"))), Category.PERSONALIZATION));
        assertEquals(List.of(), ruleIds(engine.check(message, CheckSettings.defaults().withDismissals(Set.of(
                new Dismissal("promo-pitch", "let me tell you about")))), Category.PERSONALIZATION));
    }

    private static List<String> ruleIds(CheckResult result, Category category) {
        return result.findings().stream().filter(f -> f.category() == category && f.severity() != Severity.HINT)
                .map(Finding::ruleId).toList();
    }

    @Test
    void cues_of_a_rule_that_is_not_above_it_and_an_unknown_required_category_are_reported() throws IOException {
        String absence = """
                language: en
                rules:
                  - id: no-name
                    kind: absence
                    category: personalization
                    severity: warning
                    message: "Nothing about them."
                    cues-of: %s
                    requires-finding: [%s]
                    examples:
                      type: message
                      flagged: ["Let me tell you about our tool."]
                      clean: ["Your talk on month-end close was useful."]
                """;
        write("a.yaml", absence.formatted("personal-nothing-specific", "self-promotion"));
        RuleBook book = loader.loadBuiltInAnd(dir);
        assertEquals(1, book.problems().size(), book.problems().toString());
        assertTrue(book.problems().get(0).problem().contains("no absence rule above it"), book.problems().toString());
        write("a.yaml", absence.formatted("no-name", "self-praise").replace("cues-of: no-name", "cues: [your talk]"));
        book = loader.loadBuiltInAnd(dir);
        assertEquals(1, book.problems().size(), book.problems().toString());
        assertTrue(book.problems().get(0).problem().contains("self-praise"), book.problems().toString());
    }

    private static List<Finding> jargonIn(RuleEngine engine, String text) {
        return engine.check(new TextSnapshot(text, ContentType.POST, Language.ENGLISH)).findings().stream()
                .filter(f -> f.ruleId().equals("clarity-jargon")).toList();
    }

    private static Finding jargon(RuleEngine engine, String text) {
        return engine.check(new TextSnapshot(text, ContentType.POST, Language.ENGLISH)).findings().stream()
                .filter(f -> f.ruleId().equals("clarity-jargon")).findFirst().orElseThrow();
    }
}
