package org.readerfirst.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readerfirst.core.curation.CopiedRun;
import org.readerfirst.core.curation.SourceComparison;
import org.readerfirst.core.curation.SourceText;

class SourceDocumentsTest {

    private static String resource(String name) {
        try (InputStream in = SourceDocumentsTest.class.getResourceAsStream("/curation/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final SourceText PAGE = SourceDocuments.parse("onboarding-source.html", resource("onboarding-source.html"));

    @Test
    void a_page_is_reduced_to_the_text_a_reader_sees_in_paragraphs() {
        String text = PAGE.text();
        assertTrue(text.startsWith("What a written onboarding plan changed for our support team\n\nBy Maria Lindqvist\n\n"
                + "For years our new support agents"), text);
        assertFalse(text.contains("pageview"), "no scripts");
        assertFalse(text.contains("font-family"), "no styles");
        assertFalse(text.contains("Archive"), "no navigation");
        assertFalse(text.contains("Sign up"), "no forms");
        assertTrue(text.contains("sitting next to whoever had time. Some of them"), "inline elements stay in the sentence");
        assertTrue(text.contains("ticket type to close.\nThe plan fits"), "a line break stays a line break");
    }

    @Test
    void a_page_is_credited_by_its_metadata() {
        assertEquals("What a written onboarding plan changed for our support team", PAGE.title());
        assertTrue(PAGE.credits().containsAll(List.of("Maria Lindqvist", "Support Weekly")), PAGE.credits().toString());
        assertEquals("https://supportweekly.example/2026/onboarding-plans", PAGE.link());
    }

    @Test
    void a_draft_copying_a_page_points_into_the_pages_text_and_naming_the_site_credits_it() {
        String draft = resource("onboarding-from-page.txt");
        SourceComparison c = PAGE.compare(draft);
        assertEquals(1, c.runs().size(), c.runs().toString());
        CopiedRun run = c.runs().get(0);
        assertEquals(0, run.start());
        assertEquals(PAGE.text().indexOf("Every day has one goal"), run.sourceStart());
        assertTrue(PAGE.text().substring(run.sourceStart(), run.sourceEnd()).endsWith("every Friday afternoon"));
        assertTrue(c.attributed(), "Support Weekly is the site's name");
    }

    @Test
    void markdown_shows_link_words_and_its_front_matter_credits_it() {
        SourceText md = SourceDocuments.parse("notes.md", """
                ---
                title: "Decision logs"
                author: Anna Virtanen
                url: https://blog.example/logs
                ---
                # Decision logs

                Read [the whole study](https://example.com/study) and see ![a chart](chart.png) below.
                """);
        assertEquals("Decision logs", md.title());
        assertEquals(List.of("Anna Virtanen"), md.credits());
        assertEquals("https://blog.example/logs", md.link());
        assertTrue(md.text().contains("Read the whole study and see a chart below."), md.text());
    }

    @Test
    void plain_text_is_taken_as_it_is() {
        SourceText txt = SourceDocuments.parse("source.txt", "Title line\nKirjoittanut: Anna Virtanen\n\nTeksti <b>ei</b> ole HTML:ää.");
        assertTrue(txt.text().contains("<b>ei</b>"));
        assertEquals(List.of("Anna Virtanen"), txt.credits());
    }
}
