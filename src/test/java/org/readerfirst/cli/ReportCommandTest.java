package org.readerfirst.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.history.LinkedInImport;
import org.readerfirst.store.DraftStore;

/**
 * report on a real database in a temporary folder: the sample export of 2025 imported as the import
 * does it, and a day of three posts that all open alike published through the store.
 */
class ReportCommandTest {

    private static final Path EXPORT = Path.of("src/test/resources/linkedin-export/current");
    private static final String OPENING = "Here is what nobody tells you about pricing";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path db;
    private final List<Long> posts = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void library() throws Exception {
        db = dir.resolve("readerfirst.db");
        try (DraftStore store = DraftStore.open(db)) {
            LinkedInImport.importInto(store, EXPORT);
            String[] bodies = {OPENING + ". We raised ours by a third.", OPENING + "! Customers stayed.",
                    OPENING + ": the sales team loved it."};
            for (int i = 0; i < bodies.length; i++) {
                Draft d = store.create("Pricing " + i, bodies[i], ContentType.POST, Language.ENGLISH);
                store.publishingLog().publish(d.id(), ContentType.POST, Instant.parse("2025-09-02T0" + (7 + i) + ":00:00Z"));
                posts.add(d.id());
            }
        }
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new ReaderFirstCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]))
                .withClock(CLOCK).run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8).replace("\r", "");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).replace("\r", "");
    }

    private static void assertLine(String pattern, String text) {
        assertTrue(Pattern.compile(pattern, Pattern.MULTILINE).matcher(text).find(), pattern + " in\n" + text);
    }

    @Test
    void the_text_has_a_row_a_month_the_day_over_the_rhythm_the_stock_phrase_and_the_repeated_opening() {
        assertEquals(0, run("report", "--db", db.toString()), err());

        String text = out();
        assertTrue(text.startsWith("Your writing: 2025-04 – 2025-09 (months and days in the time zone Z)\n"), text);
        //           month     posts  articles comments messages notes  days over weeks over
        assertLine("^2025-04\\s+1\\s+0\\s+0\\s+0\\s+0\\s+0\\s+0\\s+\\d+$", text);
        assertLine("^2025-05\\s+1\\s+0\\s+2\\s+1\\s+2\\s+0\\s+0\\s+\\d+$", text);
        assertLine("^2025-06\\s+1\\s+0\\s+1\\s+1\\s+0\\s+0\\s+0\\s+\\d+$", text);
        assertLine("^2025-07\\s+0\\s+0\\s+0\\s+0\\s+0\\s+0\\s+0\\s+–$", text);
        assertLine("^2025-09\\s+3\\s+0\\s+0\\s+0\\s+0\\s+1\\s+0\\s+\\d+$", text);
        assertLine("^total\\s+6\\s+0\\s+3\\s+2\\s+2\\s+1\\s+0\\s+\\d+$", text);
        assertTrue(text.contains("Days with more than 2 updates:\n  2025-09-02  3 updates  (drafts "
                + posts.get(0) + ", " + posts.get(1) + ", " + posts.get(2) + ")\n"), text);
        assertLine("^  Stock message\\s+15%  2$", text);
        assertLine("^  comments\\s+2 of 3$", text);
        assertLine("^      1  congrats on the launch$", text);
        assertTrue(text.contains("Openings you used more than once:\n      3  here is what nobody tells you about pricing\n"),
                text);
        assertEquals("", err());
    }

    @Test
    void the_json_holds_the_same_figures_with_the_drafts_behind_each() throws Exception {
        assertEquals(0, run("report", "--db", db.toString(), "--format", "json"), err());

        JsonNode root = new ObjectMapper().readTree(out());
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("zone", "limits", "months", "total", "stock", "stock_phrases", "openings"), keys);
        assertEquals("Z", root.get("zone").asText());
        assertEquals(2, root.at("/limits/updates_per_day").asInt());
        assertEquals(1, root.at("/limits/articles_per_week").asInt());
        assertEquals(6, root.get("months").size());
        JsonNode may = root.get("months").get(1);
        assertEquals("2025-05", may.get("month").asText());
        assertEquals(2, may.at("/published/comment/count").asInt());
        assertEquals(2, may.at("/published/comment/ids").size());
        assertEquals(2, may.at("/published/connection-note/count").asInt());
        JsonNode september = root.get("months").get(5);
        assertEquals(3, september.get("busiest_day").asInt());
        assertEquals("2025-09-02", september.at("/days_over/0/day").asText());
        assertEquals(posts, longs(september.at("/days_over/0/ids")));
        assertTrue(root.get("months").get(3).get("median_score").isNull(), "July has nothing to score");
        List<String> categories = new ArrayList<>();
        root.at("/total/categories").fieldNames().forEachRemaining(categories::add);
        assertEquals(Category.audienceFirst().stream().map(Category::id).toList(), categories);
        assertEquals(13, root.at("/total/checked/count").asInt());
        assertEquals(2, root.at("/total/categories/template-message/count").asInt());
        assertEquals(0.1538, root.at("/total/categories/template-message/share").asDouble());
        assertEquals(1, root.at("/total/days_over").asInt());
        assertEquals(3, root.at("/stock/comment/sent/count").asInt());
        assertEquals(2, root.at("/stock/comment/stock/count").asInt());
        JsonNode congrats = null;
        for (JsonNode p : root.get("stock_phrases")) {
            if (p.get("phrase").asText().equals("congrats on the launch")) {
                congrats = p;
            }
        }
        assertTrue(congrats != null, root.get("stock_phrases").toString());
        assertEquals(1, congrats.get("count").asInt());
        assertEquals("here is what nobody tells you about pricing", root.at("/openings/0/opening").asText());
        assertEquals(3, root.at("/openings/0/count").asInt());
        assertEquals(posts, longs(root.at("/openings/0/ids")));
    }

    @Test
    void the_page_is_one_file_with_its_charts_as_svg_and_nothing_from_elsewhere() {
        assertEquals(0, run("report", "--db", db.toString(), "--format", "html"), err());

        String page = out();
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), page);
        assertTrue(page.strip().endsWith("</html>"), page);
        assertEquals(3, page.split("<svg ", -1).length - 1, "three charts");
        assertTrue(page.contains("<h2>Published by month</h2>"), page);
        assertTrue(page.contains("<title>2025-09, posts: 3</title>"), page);
        assertTrue(page.contains("<polygon class=\"mark\""), "September is marked over the rhythm");
        assertTrue(page.contains("stroke-dasharray"), "the limits are drawn");
        assertTrue(page.contains("here is what nobody tells you about pricing"), page);
        assertFalse(page.contains("<script"), page);
        assertFalse(Pattern.compile("(src|href)=|url\\(|@import").matcher(page).find(), "nothing loaded from elsewhere");
        assertEquals(List.of("http://www.w3.org/2000/svg"),
                Pattern.compile("https?://[^\"'\\s<]+").matcher(page).results().map(m -> m.group()).distinct().toList());
    }

    @Test
    void finnish_headings_with_lang_fi_in_the_page_and_the_text() {
        assertEquals(0, run("report", "--db", db.toString(), "--format", "html", "--lang", "fi"), err());
        String page = out();
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"fi\">"), page);
        assertTrue(page.contains("<h1>Kirjoittamisesi</h1>"), page);
        assertTrue(page.contains("<h2>Julkaisut kuukausittain</h2>"), page);
        assertTrue(page.contains("<h2>Aloitukset, joita käytit useammin kuin kerran</h2>"), page);
        assertTrue(page.contains("Vakioviesti"), page);
        assertFalse(page.contains("Published by month"), page);

        assertEquals(0, run("report", "--db", db.toString(), "--lang", "fi"), err());
        assertTrue(out().startsWith("Kirjoittamisesi: 2025-04 – 2025-09"), out());
        assertLine("^yhteensä\\s+6\\s+0\\s+3\\s+2\\s+2\\s+1\\s+0\\s+\\d+$", out());
        assertTrue(out().contains("Päivät, joina yli 2 päivitystä:\n"), out());
    }

    @Test
    void a_second_report_reads_the_kept_verdicts_and_says_the_same() throws Exception {
        assertEquals(0, run("report", "--db", db.toString(), "--format", "json"), err());
        String first = out();
        try (DraftStore store = DraftStore.open(db)) {
            assertEquals(13, store.keptVerdicts().size());
        }

        assertEquals(0, run("report", "--db", db.toString(), "--format", "json"), err());

        assertEquals(first, out());
    }

    @Test
    void a_missing_database_is_refused_in_one_line_and_not_created() {
        Path missing = dir.resolve("nothing.db");

        assertEquals(2, run("report", "--db", missing.toString()));

        assertTrue(err().startsWith("readerfirst: no database at " + missing), err());
        assertEquals(1, err().lines().count(), err());
        assertFalse(Files.exists(missing));
    }

    @Test
    void a_library_with_nothing_published_says_so() throws Exception {
        Path empty = dir.resolve("empty.db");
        try (DraftStore store = DraftStore.open(empty)) {
            store.create("Idea", "Not out yet.", ContentType.POST, Language.ENGLISH);
        }

        assertEquals(0, run("report", "--db", empty.toString()), err());
        assertTrue(out().startsWith("Nothing published yet"), out());
        assertEquals(0, run("report", "--db", empty.toString(), "--format", "json"), err());
        assertEquals("[]", new ObjectMapper().readTree(out()).get("months").toString());
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asLong()));
        return out;
    }
}
