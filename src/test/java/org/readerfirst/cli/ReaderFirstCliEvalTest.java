package org.readerfirst.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.grammar.GrammarService;

class ReaderFirstCliEvalTest {

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

    private static final String CORPUS = """
            {"id":"stock","lang":"en","type":"comment","text":"Happy work anniversary!","labels":["template-message"]}
            {"id":"pitch","lang":"en","type":"connection-note","text":"Hi, I would like to add you to my professional network.","labels":["template-message","personalization"]}
            {"id":"good","lang":"en","type":"post","text":"We cut our month-end close from nine days to four. Two changes did most of it: we reconciled the bank accounts every week instead of monthly, and we stopped waiting for the last invoices. Which of these would work in your team?","labels":["clean"]}
            {"id":"hyva","lang":"fi","type":"post","text":"Lyhensimme kuukauden päätöstä yhdeksästä päivästä neljään. Suurin muutos oli se, että täsmäytimme pankkitilit joka viikko. Miten teillä päätös hoidetaan?","labels":["clean"]}
            """;

    private int run(String... args) {
        ReaderFirstCli cli = new ReaderFirstCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]), grammar);
        return cli.run(List.of(args));
    }

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eval_prints_each_category_per_language_and_the_clean_texts_flagged() throws IOException {
        Path corpus = file("c.jsonl", CORPUS);
        assertEquals(0, run("eval", "--no-grammar", corpus.toString()), err());
        String out = out();
        assertTrue(out.startsWith("eval " + corpus + ": 4 texts (en 3, fi 1), 2 clean"), out);
        assertTrue(out.contains("template-message   en           2     2      0     0       1.00   1.00  1.00"), out);
        assertTrue(out.contains("clean texts flagged: 0 of 2 (0.0%)"), out);
        assertTrue(!out.contains("grammar and spelling"), "no grammar ran: " + out);
    }

    @Test
    void eval_in_json_gives_the_figures_the_misses_and_grammar_on_clean_texts_with_seeded_typos() throws IOException {
        Path corpus = file("c.jsonl", CORPUS);
        Path typos = file("t.tsv", "lang\tcorrect\tmisspelt\tsource\nen\tbecause\tbecuase\tx\n"
                + "en\tinstead\tinsted\tx\nfi\tviikko\tviiko\tx\n");
        assertEquals(0, run("eval", "--format", "json", "--typos", typos.toString(), corpus.toString()), err());
        JsonNode report = new ObjectMapper().readTree(out());
        assertEquals(4, report.get("texts").asInt());
        assertEquals(2, report.at("/categories/template-message/en/found").asInt());
        assertEquals(1.0, report.at("/figures/recall.personalization").asDouble(), 1e-9);
        // "instead" and "viikko" stand in the clean texts; "because" does not.
        assertEquals(2, report.at("/proofreading/typos_seeded").asInt());
        assertEquals(2, report.at("/proofreading/typos_caught").asInt(), out());
        assertTrue(report.at("/proofreading/warnings_per_1000_chars").isNumber());
    }

    @Test
    void eval_with_a_floor_fails_and_names_each_figure_that_fell() throws IOException {
        Path corpus = file("c.jsonl", CORPUS.replace("Happy work anniversary!",
                "Our team shipped the quarterly report on Friday after two late nights."));
        Path floor = file("floor.json", "{\"figures\": {\"recall.template-message\": 1.0, \"clean-flagged\": 0.0}}");
        assertEquals(1, run("eval", "--no-grammar", "--floor", floor.toString(), corpus.toString()));
        assertEquals("readerfirst: eval: recall.template-message: 0.5000, below the recorded 1.0000\n",
                err().replace("\r", ""));
    }

    @Test
    void held_to_a_floor_eval_names_the_texts_grammar_flagged_but_not_their_words() throws IOException {
        Path corpus = file("c.jsonl", CORPUS.replace("we stopped waiting", "we stoped waiting"));
        assertEquals(0, run("eval", corpus.toString()), err());
        assertTrue(out().contains("grammar or spelling on a clean text: good \"stoped\""), out());
        out.reset();
        Path floor = file("floor.json", "{\"figures\": {}}");
        assertEquals(0, run("eval", "--floor", floor.toString(), corpus.toString()), err());
        assertTrue(out().contains("grammar or spelling on a clean text: good ("), out());
        assertTrue(!out().contains("stoped"), out());
    }

    @Test
    void eval_records_the_figures_it_measured_and_holds_a_later_run_to_them() throws IOException {
        Path corpus = file("c.jsonl", CORPUS);
        Path floor = dir.resolve("floor.json");
        assertEquals(0, run("eval", "--no-grammar", "--record", floor.toString(), corpus.toString()));
        assertTrue(Files.readString(floor).contains("\"macro-recall\" : 1.0"), Files.readString(floor));
        assertEquals(0, run("eval", "--no-grammar", "--floor", floor.toString(), corpus.toString()), err());
    }

    @Test
    void a_bad_corpus_line_or_option_exits_two_with_one_line_that_says_where() throws IOException {
        Path corpus = file("c.jsonl", CORPUS + "{\"id\":\"x\",\"lang\":\"en\",\"type\":\"post\",\"text\":\"t\",\"labels\":[\"hok\"]}\n");
        assertEquals(2, run("eval", "--no-grammar", corpus.toString()));
        assertTrue(err().startsWith("readerfirst: eval: " + corpus + ":5: unknown label 'hok'"), err());
        err.reset();
        assertEquals(2, run("eval", "--no-grammar", "--typos", corpus.toString(), corpus.toString()));
        assertEquals("readerfirst: eval: --typos and --mistakes concern spelling, which --no-grammar leaves out\n", err());
        err.reset();
        assertEquals(2, run("eval"));
        assertEquals("readerfirst: eval: name a corpus file (JSON Lines)\n", err());
        err.reset();
        assertEquals(2, run("eval", "--no-grammar", dir.resolve("missing.jsonl").toString()));
        assertTrue(err().contains("missing.jsonl"), err());
    }
}
