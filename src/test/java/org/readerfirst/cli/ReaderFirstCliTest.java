package org.readerfirst.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.grammar.GrammarService;

class ReaderFirstCliTest {

    /** Loaded once: LanguageTool takes seconds to build, and every check runs grammar by default. */
    static GrammarService grammar;

    @BeforeAll
    static void loadGrammar() {
        grammar = new GrammarService().start();
    }

    @AfterAll
    static void closeGrammar() {
        grammar.close();
    }

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        ReaderFirstCli cli = new ReaderFirstCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), grammar);
        return cli.run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void a_clean_post_exits_zero() throws IOException {
        Path p = file("clean.txt", "Three things we learned from moving support to a four-day week: response times held, "
                + "sick days fell by a third, and hiring got easier. Here is how we measured each one.");
        assertEquals(0, run("", "check", p.toString()));
        assertTrue(out().contains("no findings"), out());
        assertEquals("", err());
    }

    @Test
    void a_stock_greeting_in_a_message_exits_one_and_names_the_category() throws IOException {
        Path p = file("bday.txt", "Happy birthday!");
        assertEquals(1, run("", "check", "--type", "message", p.toString()));
        assertTrue(out().contains(p + ":1:1: error [template-message]"), out());
    }

    @Test
    void warnings_alone_exit_zero() throws IOException {
        Path p = file("tags.txt", "What we learned shipping our first offline app, and what we would do differently "
                + "next time. #java #javafx #desktop #offline #privacy #sqlite #opensource");
        assertEquals(0, run("", "check", p.toString()));
        assertTrue(out().contains("warning [professional-tone]"), out());
    }

    @Test
    void json_output_has_one_object_per_file_with_the_documented_keys() throws IOException {
        Path a = file("a.txt", "Hyvää syntymäpäivää, Liisa!");
        Path b = file("b.txt", "Great post!");
        assertEquals(1, run("", "check", "--format", "json", "--type", "comment", a.toString(), b.toString()));
        String[] lines = out().strip().split("\n");
        assertEquals(2, lines.length, out());
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines[0]);
        assertEquals(a.toString(), first.get("file").asText());
        assertEquals("fi", first.get("language").asText());
        assertEquals("comment", first.get("type").asText());
        assertEquals("Hyvää syntymäpäivää, Liisa!".length(), first.get("chars").asInt());
        JsonNode finding = first.get("findings").get(0);
        for (String key : List.of("rule", "category", "severity", "start", "end", "message", "suggestions")) {
            assertTrue(finding.has(key), "missing " + key + " in " + finding);
        }
        assertEquals("template-message", finding.get("category").asText());
        assertEquals("error", finding.get("severity").asText());
        assertEquals(0, finding.get("start").asInt());
        assertEquals("Hyvää syntymäpäivää".length(), finding.get("end").asInt());
        assertTrue(finding.get("suggestions").isArray());
        assertEquals("en", json.readTree(lines[1]).get("language").asText());
    }

    @Test
    void offsets_are_utf16_code_units_of_the_decoded_text() throws IOException {
        String text = "🎉🎉 Happy birthday!";
        Path p = file("emoji.txt", text);
        run("", "check", "--format=json", "--type=message", p.toString());
        JsonNode f = null;
        for (JsonNode finding : new ObjectMapper().readTree(out().strip()).get("findings")) {
            if (finding.get("rule").asText().equals("template-birthday")) {
                f = finding;
            }
        }
        assertEquals(text.indexOf("Happy"), f.get("start").asInt());
        assertEquals("Happy birthday", text.substring(f.get("start").asInt(), f.get("end").asInt()));
    }

    @Test
    void standard_input_is_read_for_a_dash() {
        assertEquals(1, run("I'd like to add you to my professional network on LinkedIn.",
                "check", "--type", "connection-note", "-"));
        assertTrue(out().startsWith("-:1:1: error [template-message]"), out());
    }

    @Test
    void a_missing_file_exits_two_with_one_line_and_no_stack_trace() {
        assertEquals(2, run("", "check", dir.resolve("nope.txt").toString()));
        assertEquals(1, err().strip().lines().count(), err());
        assertTrue(err().contains("nope.txt: no such file"), err());
        assertFalse(err().contains("Exception"), err());
    }

    @Test
    void a_file_that_is_not_utf8_exits_two() throws IOException {
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Hyv\u00e4\u00e4 p\u00e4iv\u00e4\u00e4".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(2, run("", "check", latin1.toString()));
        assertTrue(err().contains("is not UTF-8 text"), err());
    }

    @Test
    void a_binary_file_and_a_folder_exit_two() throws IOException {
        Path bin = dir.resolve("image.png");
        Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertEquals(2, run("", "check", bin.toString(), dir.toString()));
        List<String> lines = err().strip().lines().toList();
        assertEquals(2, lines.size(), err());
        assertTrue(lines.get(0).contains("looks binary"), err());
        assertTrue(lines.get(1).contains("is a folder"), err());
    }

    @Test
    void an_input_problem_wins_over_findings_and_the_other_files_are_still_checked() throws IOException {
        Path p = file("bday.txt", "Happy birthday!");
        assertEquals(2, run("", "check", "--type", "message", dir.resolve("missing.txt").toString(), p.toString()));
        assertTrue(out().contains("template-message"), out());
    }

    @Test
    void a_utf8_byte_order_mark_is_not_part_of_the_text() throws IOException {
        Path p = dir.resolve("bom.txt");
        byte[] body = "Great post!".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(p, withBom);
        run("", "check", "--format", "json", "--type", "comment", p.toString());
        JsonNode o = new ObjectMapper().readTree(out().strip());
        assertEquals(body.length, o.get("chars").asInt());
        assertEquals(0, o.get("findings").get(0).get("start").asInt());
    }

    @Test
    void usage_mistakes_exit_two_with_a_one_line_message() {
        List<String[]> mistakes = new ArrayList<>();
        mistakes.add(new String[] {"check"});
        mistakes.add(new String[] {"check", "--type", "tweet", "x.txt"});
        mistakes.add(new String[] {"check", "--lang", "sv", "x.txt"});
        mistakes.add(new String[] {"check", "--format", "xml", "x.txt"});
        mistakes.add(new String[] {"check", "--bogus", "x.txt"});
        mistakes.add(new String[] {"check", "--type"});
        mistakes.add(new String[] {"frobnicate"});
        for (String[] args : mistakes) {
            out.reset();
            err.reset();
            assertEquals(2, run("", args), String.join(" ", args));
            assertEquals(1, err().strip().lines().count(), String.join(" ", args) + ": " + err());
            assertTrue(err().startsWith("readerfirst: "), err());
        }
    }

    @Test
    void help_documents_the_commands_and_exit_statuses() {
        assertEquals(0, run("", "--help"));
        for (String word : List.of("check", "--type", "--lang", "--format", "--db", "READERFIRST_DB", "Exit status",
                "connection-note", "UTF-16")) {
            assertTrue(out().contains(word), "help lacks " + word);
        }
    }

    @Test
    void the_language_can_be_forced() throws IOException {
        Path p = file("fi.txt", "Hyvää syntymäpäivää!");
        run("", "check", "--format", "json", "--lang", "en", "--type", "message", p.toString());
        assertEquals("en", new ObjectMapper().readTree(out().strip()).get("language").asText());
    }

    @Test
    void json_carries_the_score_and_every_category() throws IOException {
        Path clean = file("clean.txt", "Three things we learned from moving support to a four-day week: response times held, "
                + "sick days fell by a third, and hiring got easier. Here is how we measured each one.");
        Path bday = file("bday.txt", "Happy birthday!!!");
        run("", "check", "--format", "json", "--type", "comment", clean.toString(), bday.toString());
        String[] lines = out().strip().split("\n");
        ObjectMapper json = new ObjectMapper();
        JsonNode good = json.readTree(lines[0]);
        JsonNode bad = json.readTree(lines[1]);
        assertEquals(100, good.get("score").asInt());
        assertTrue(bad.get("score").asInt() < 100, bad.toString());
        assertEquals(15, bad.get("categories").size());
        assertTrue(bad.get("categories").get("template-message").asInt() < 100);
        assertEquals(100, bad.get("categories").get("cadence").asInt());
    }

    @Test
    void an_audience_file_adds_the_audience_check() throws IOException {
        Path audience = file("cfo.txt", "# who reads this\nname: Finance leaders\nabout: CFOs\ninterests: cash flow, month-end close, audit\n");
        Path office = file("office.txt", "Our office moved to a new building this month and the team finally has a proper "
                + "kitchen. The coffee is better, the view is nice and the walk from the station is shorter too.");
        run("", "check", "--audience", audience.toString(), office.toString());
        assertTrue(out().contains("Finance leaders"), out());
        out.reset();
        run("", "check", office.toString());
        assertFalse(out().contains("Finance leaders"), out());
    }

    @Test
    void a_broken_audience_file_is_a_usage_error() throws IOException {
        Path audience = file("bad.txt", "name: Finance leaders\nintrests: cash\n");
        assertEquals(2, run("", "check", "--audience", audience.toString(), "-"));
        assertTrue(err().contains("unknown key 'intrests'"), err());
    }

    @Test
    void a_rules_folder_adds_the_writers_packs_and_names_a_broken_one() throws IOException {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        Files.writeString(rules.resolve("mine.yaml"), """
                language: en
                rules:
                  - id: no-ninja
                    kind: phrase
                    category: clarity
                    severity: error
                    message: "Say what the job is instead of “{match}”."
                    phrases: [rockstar|ninja developer|engineer]
                    examples: {flagged: ["We need a ninja developer."], clean: ["We need a backend developer."]}
                """);
        Files.writeString(rules.resolve("broken.yaml"), "language: en\nrules:\n  - id: x\n    kynd: phrase\n");
        Path post = file("job.txt", "We are hiring a rockstar engineer to join our platform team in Oulu this spring.");
        assertEquals(1, run("", "check", "--rules", rules.toString(), post.toString()));
        assertTrue(out().contains("(no-ninja)"), out());
        assertTrue(err().contains("broken.yaml:4: unknown key 'kynd'"), err());
        assertEquals(2, run("", "check", "--rules", dir.resolve("nowhere").toString(), post.toString()));
    }

    @Test
    void check_finds_grammar_and_spelling_by_default_and_they_alone_exit_zero() throws IOException {
        Path p = file("typos.txt", "She ate a apple before the meeting. We will recieve the figures on Friday.");
        assertEquals(0, run("", "check", p.toString()));
        assertTrue(out().contains("warning [grammar]"), out());
        assertTrue(out().contains("warning [spelling]"), out());
        assertTrue(out().contains("(lt:"), out());
        assertEquals("", err());
    }

    @Test
    void no_grammar_skips_grammar_and_spelling() throws IOException {
        Path p = file("typos.txt", "She ate a apple before the meeting. We will recieve the figures on Friday.");
        assertEquals(0, run("", "check", "--no-grammar", p.toString()));
        assertFalse(out().contains("[grammar]"), out());
        assertFalse(out().contains("[spelling]"), out());
    }

    @Test
    void spelling_findings_carry_suggestions_and_offsets_in_json() throws IOException {
        String text = "\uD83C\uDF89 We will recieve the figures on Friday.";
        Path p = file("typo.txt", text);
        run("", "check", "--format", "json", p.toString());
        JsonNode o = new ObjectMapper().readTree(out().strip());
        JsonNode typo = null;
        for (JsonNode f : o.get("findings")) {
            if (f.get("category").asText().equals("spelling")) {
                typo = f;
            }
        }
        assertTrue(typo != null, o.toString());
        assertEquals("recieve", text.substring(typo.get("start").asInt(), typo.get("end").asInt()));
        assertEquals("receive", typo.get("suggestions").get(0).asText());
        assertEquals("warning", typo.get("severity").asText());
        assertTrue(o.get("categories").get("spelling").asInt() < 100);
    }

    @Test
    void finnish_spelling_goes_through_voikko() throws IOException {
        Path p = file("fi.txt", "Kisssa istui ikkunalla koko päivän ja katseli lintuja.");
        assertEquals(0, run("", "check", "--lang", "fi", "--format", "json", p.toString()));
        JsonNode finding = new ObjectMapper().readTree(out().strip()).get("findings").get(0);
        assertEquals("voikko:spelling", finding.get("rule").asText());
        assertEquals(0, finding.get("start").asInt());
        assertTrue(finding.get("suggestions").toString().contains("Kissa"), finding.toString());
    }

    @Test
    void british_english_can_be_chosen() throws IOException {
        Path p = file("uk.txt", "The colour of the new logo is our favourite detail of the launch.");
        run("", "check", "--english", "american", p.toString());
        assertTrue(out().contains("[spelling]"), out());
        out.reset();
        run("", "check", "--english", "british", p.toString());
        assertFalse(out().contains("[spelling]"), out());
        out.reset();
        // By default the text decides: its British spellings are its variant, not mistakes.
        run("", "check", p.toString());
        assertFalse(out().contains("[spelling]"), out());
        assertEquals(2, run("", "check", "--english", "canadian", p.toString()));
    }

    @Test
    void the_benchmarks_are_not_a_command_of_the_product() {
        assertEquals(2, run("", "bench", "--suite", "rules"));
        run("", "--help");
        assertFalse(out().contains("bench"), out());
    }

    @Test
    void help_documents_grammar_and_spelling() {
        run("", "--help");
        for (String word : List.of("--no-grammar", "--english", "LanguageTool", "Voikko")) {
            assertTrue(out().contains(word), "help lacks " + word);
        }
    }
}
