package org.readerfirst.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;

class ExporterTest {

    @Test
    void bold_and_italic_become_sans_serif_letters_and_bold_digits() {
        assertEquals("𝗕𝗼𝗹𝗱 𝟮𝟬𝟮𝟲 and 𝘪𝘵𝘢𝘭𝘪𝘤 and 𝙗𝙤𝙩𝙝",
                linkedIn("**Bold 2026** and *italic* and ***both***"));
    }

    @Test
    void finnish_letters_without_a_styled_form_stay_plain_inside_bold() {
        assertEquals("𝗛𝘆𝘃ä𝗮 Å𝗯𝗼", linkedIn("**Hyväa Åbo**"));
    }

    @Test
    void hashtags_mentions_and_links_inside_bold_keep_their_plain_letters() {
        assertEquals("𝗦𝗲𝗲 #java 𝗯𝘆 @Maria 𝗮𝘁 https://example.com/a",
                linkedIn("**See #java by @Maria at https://example.com/a**"));
    }

    @Test
    void a_link_shows_its_address_after_its_text_unless_the_text_is_the_address() {
        assertEquals("the guide (https://example.com/g) and example.com and https://x.org",
                linkedIn("[the guide](https://example.com/g) and [example.com](https://example.com) and <https://x.org>"));
    }

    @Test
    void line_breaks_of_every_kind_are_kept_and_trailing_spaces_go() {
        assertEquals("One\nTwo\n\nThree", linkedIn("One  \r\nTwo\r\rThree   \n"));
    }

    @Test
    void an_article_goes_to_the_clipboard_as_html_with_plain_text_beside_it() {
        LinkedInCopy copy = Exporter.copyForLinkedIn("# Title\n\nSome **bold** <b>x</b>", ContentType.ARTICLE,
                Language.ENGLISH);
        assertEquals("Title\n\nSome bold <b>x</b>", copy.plain());
        assertEquals(Optional.of("<h1>Title</h1>\n<p>Some <strong>bold</strong> &lt;b&gt;x&lt;/b&gt;</p>"), copy.html());
        assertEquals(copy.plain(), Exporter.export("# Title\n\nSome **bold** <b>x</b>", ContentType.ARTICLE,
                Language.ENGLISH, ExportFormat.LINKEDIN), "an article's LinkedIn text is the plain text beside its HTML");
    }

    @Test
    void every_other_surface_goes_to_the_clipboard_as_post_text_only() {
        for (ContentType type : new ContentType[] {ContentType.POST, ContentType.COMMENT, ContentType.MESSAGE,
                ContentType.CONNECTION_NOTE}) {
            LinkedInCopy copy = Exporter.copyForLinkedIn("- **a**", type, Language.AUTO);
            assertEquals("• 𝗮", copy.plain(), type.id());
            assertTrue(copy.html().isEmpty(), type.id());
        }
    }

    @Test
    void an_empty_draft_copies_as_nothing() {
        assertTrue(Exporter.copyForLinkedIn("  \n ", ContentType.ARTICLE, Language.FINNISH).isEmpty());
        assertTrue(Exporter.copyForLinkedIn("", ContentType.ARTICLE, Language.FINNISH).html().isEmpty());
    }

    @Test
    void quotes_take_the_quotation_marks_of_the_drafts_language() {
        assertEquals("“Less is more.”", Exporter.export("> Less is more.", ContentType.POST, Language.ENGLISH,
                ExportFormat.TEXT));
        assertEquals("”Vähemmän on enemmän.”", Exporter.export("> Vähemmän on enemmän.", ContentType.POST,
                Language.FINNISH, ExportFormat.TEXT));
    }

    @Test
    void a_page_names_its_language_and_escapes_its_title() {
        String page = Exporter.export("# Tom & <Jerry>\n\nText", ContentType.ARTICLE, Language.FINNISH, ExportFormat.HTML);
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"fi\">"), page);
        assertTrue(page.contains("<title>Tom &amp; &lt;Jerry&gt;</title>"), page);
        assertFalse(page.contains("<Jerry>"), page);
    }

    @Test
    void formats_are_named_and_chosen_by_file_name() {
        assertEquals(ExportFormat.HTML, ExportFormat.fromId("html"));
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.fromId("pdf"));
        assertEquals(ExportFormat.MARKDOWN, ExportFormat.forFileName("post.MD", ExportFormat.TEXT));
        assertEquals(ExportFormat.HTML, ExportFormat.forFileName("a.htm", ExportFormat.LINKEDIN));
        assertEquals(ExportFormat.TEXT, ExportFormat.forFileName("a.txt", ExportFormat.TEXT));
        assertEquals(ExportFormat.LINKEDIN, ExportFormat.forFileName("a.txt", ExportFormat.HTML));
        assertEquals(ExportFormat.TEXT, ExportFormat.forFileName("notes", ExportFormat.TEXT));
    }

    @Test
    void styled_letters_map_back_to_plain_ones() {
        assertEquals("Bold 2026 italic both ä", UnicodeStyles.plain("𝗕𝗼𝗹𝗱 𝟮𝟬𝟮𝟲 𝘪𝘵𝘢𝘭𝘪𝘤 𝙗𝙤𝙩𝙝 ä"));
        assertTrue(UnicodeStyles.isStyled("𝗕".codePointAt(0)));
        assertFalse(UnicodeStyles.isStyled('B'));
    }

    private static String linkedIn(String text) {
        return Exporter.export(text, ContentType.POST, Language.ENGLISH, ExportFormat.LINKEDIN);
    }
}
