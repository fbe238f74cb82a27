package org.readerfirst.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --source}: the draft beside the text it shares, in JSON and text, and bad sources. */
class ReaderFirstCliSourceTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        ReaderFirstCli cli = new ReaderFirstCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]));
        List<String> all = new ArrayList<>(List.of(args));
        all.add(1, "--no-grammar");
        return cli.run(all);
    }

    private Path resource(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/curation/" + name)) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    private JsonNode json() throws IOException {
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private List<String> rules(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("findings").forEach(f -> ids.add(f.get("rule").asText()));
        return ids;
    }

    @Test
    void a_whole_repost_reports_its_copied_spans_in_both_texts() throws IOException {
        Path source = resource("onboarding-source.txt");
        Path draft = resource("onboarding-repost.txt");
        assertEquals(0, run("check", "--format", "json", "--source", source.toString(), draft.toString()), err.toString());
        JsonNode result = json();
        JsonNode curation = result.get("curation");
        assertTrue(curation.get("copied_share").asDouble() > 0.9, curation.toString());
        assertFalse(curation.get("attributed").asBoolean());
        assertEquals(2, curation.get("own_words").asInt(), "the two hashtags");
        String draftText = Files.readString(draft);
        String sourceText = Files.readString(source);
        for (JsonNode span : curation.get("copied_spans")) {
            String inDraft = draftText.substring(span.get("start").asInt(), span.get("end").asInt());
            String inSource = sourceText.substring(span.get("source_start").asInt(), span.get("source_end").asInt());
            assertEquals(inSource.replaceAll("\\s+", " "), inDraft.replaceAll("\\s+", " "));
        }
        assertTrue(rules(result).containsAll(List.of("curation-copied-unquoted", "curation-copied-little-own")),
                rules(result).toString());
    }

    @Test
    void a_credited_post_with_a_take_of_its_own_passes_and_says_so() throws IOException {
        Path source = resource("onboarding-source.txt");
        Path draft = resource("onboarding-curated.txt");
        run("check", "--format", "json", "--source", source.toString(), draft.toString());
        JsonNode result = json();
        assertTrue(result.get("curation").get("attributed").asBoolean());
        assertEquals(1, result.get("curation").get("copied_spans").size());
        assertFalse(rules(result).stream().anyMatch(r -> r.startsWith("curation-copied")), rules(result).toString());
    }

    @Test
    void an_html_source_is_read_as_the_page_shows_it() throws IOException {
        Path source = resource("onboarding-source.html");
        Path draft = resource("onboarding-from-page.txt");
        run("check", "--format", "json", "--source", source.toString(), draft.toString());
        JsonNode curation = json().get("curation");
        assertTrue(curation.get("attributed").asBoolean(), "names Support Weekly");
        assertEquals(0, curation.get("copied_spans").get(0).get("start").asInt());
    }

    @Test
    void without_a_source_the_json_has_no_curation_figures() throws IOException {
        run("check", "--format", "json", resource("onboarding-curated.txt").toString());
        assertFalse(json().has("curation"));
    }

    @Test
    void text_output_ends_with_the_figures() throws IOException {
        Path source = resource("palaute-lahde.txt");
        Path draft = resource("palaute-lainattu.txt");
        run("check", "--source", source.toString(), draft.toString());
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("[curation] Lainaus on lähteestäsi") || text.contains("[curation] This quotation is from your source"), text);
        assertTrue(text.contains(draft + ": 94% copied from the source in 2 runs, 2 words of your own"), text);
        assertTrue(text.contains("the source is not credited"), text);
    }

    @Test
    void a_missing_source_exits_two_with_one_line() throws IOException {
        Path draft = resource("onboarding-curated.txt");
        assertEquals(2, run("check", "--source", dir.resolve("nope.html").toString(), draft.toString()));
        assertEquals("readerfirst: check: --source " + dir.resolve("nope.html") + ": no such file\n",
                err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing is checked");
    }

    @Test
    void a_binary_source_exits_two_with_one_line() throws IOException {
        Path pdf = dir.resolve("article.pdf");
        Files.write(pdf, new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, (byte) 0xff});
        assertEquals(2, run("check", "--source", pdf.toString(), resource("onboarding-curated.txt").toString()));
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.startsWith("readerfirst: check: --source " + pdf + ": is not UTF-8 text"), e);
    }

    @Test
    void the_source_option_needs_a_value() {
        assertEquals(2, run("check", "x.txt", "--source"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--source needs a value"));
    }

    @Test
    void help_names_the_source_option() {
        ReaderFirstCli cli = new ReaderFirstCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]));
        cli.run(List.of("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--source FILE"));
    }
}
