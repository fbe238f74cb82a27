package org.readerfirst.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;

class MarkdownFormatTest {

    private static final Instant NOW = Instant.parse("2026-11-27T18:15:00Z");

    private static DraftFile read(String name, String text) {
        return MarkdownReader.read(name, text.getBytes(StandardCharsets.UTF_8), NOW);
    }

    @Test
    void a_written_draft_reads_back_the_same_with_quotes_colons_and_finnish_letters() {
        DraftFile draft = new DraftFile("Hinnoittelu: \"mitä opimme\" — yes", "# Not the title\n\nRivi 1\r\nno: yaml here\n---\n",
                ContentType.ARTICLE, Language.FINNISH, "ready", List.of("saas", "hinnat, 2025"),
                Instant.parse("2025-03-01T08:00:00.123Z"), Instant.parse("2025-03-02T09:30:00Z"));

        String text = MarkdownFormat.write(draft);

        assertTrue(text.startsWith("---\ntitle: "), text);
        assertEquals(draft, read("anything.md", text));
    }

    @Test
    void an_empty_body_and_no_tags_read_back_too() {
        DraftFile draft = new DraftFile("Idea", "", ContentType.POST, Language.AUTO, "idea", List.of(), NOW, NOW);
        assertEquals(draft, read("idea.md", MarkdownFormat.write(draft)));
    }

    @Test
    void without_front_matter_the_first_heading_is_the_title_and_the_text_is_kept_whole() {
        DraftFile d = read("notes.md", "Intro line\n\n## Kolme oppia #\n\nText.");
        assertEquals("Kolme oppia", d.title());
        assertEquals("Intro line\n\n## Kolme oppia #\n\nText.", d.body());
        assertEquals(ContentType.POST, d.type());
        assertEquals("draft", d.status());
        assertEquals(NOW, d.created());
    }

    @Test
    void a_text_file_without_a_heading_is_titled_by_its_file_name() {
        DraftFile d = read("Ideas for March.txt", "\uFEFFjust text");
        assertEquals("Ideas for March", d.title());
        assertEquals("just text", d.body());
    }

    @Test
    void front_matter_with_only_some_keys_and_comma_separated_tags_is_read() {
        DraftFile d = read("x.md", "---\r\ntags: a, b\r\ntype: comment\r\n---\r\n\r\nBody\r\n");
        assertEquals("x", d.title());
        assertEquals(List.of("a", "b"), d.tags());
        assertEquals(ContentType.COMMENT, d.type());
        assertEquals("Body\r\n", d.body());
    }

    @Test
    void binary_and_non_utf8_files_are_refused_with_the_reason() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};
        assertEquals("it is a binary file, not text",
                assertThrows(IllegalArgumentException.class, () -> MarkdownReader.read("pic.md", png, NOW)).getMessage());
        byte[] latin1 = "hyvää päivää".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MarkdownReader.read("fi.txt", latin1, NOW))
                .getMessage().contains("not UTF-8"));
    }

    @Test
    void a_utf16_file_with_its_mark_imports_like_utf8() {
        byte[] utf16 = "\uFEFF# Päätösloki\n\nKirjoita päätökset ylös.".getBytes(StandardCharsets.UTF_16LE);
        DraftFile d = MarkdownReader.read("loki.md", utf16, NOW);
        assertEquals("Päätösloki", d.title());
        assertTrue(d.body().startsWith("# Päätösloki"), d.body());
    }

    @Test
    void other_extensions_bad_yaml_and_unknown_values_are_refused() {
        assertTrue(refusal("doc.docx", "x").contains("only .md and .txt"));
        assertTrue(refusal("a.md", "---\ntitle: [unclosed\n---\nx").contains("not valid YAML"));
        assertTrue(refusal("a.md", "---\ntype: tweet\n---\nx").contains("type 'tweet'"));
        assertTrue(refusal("a.md", "---\ncreated: yesterday\n---\nx").contains("created 'yesterday'"));
    }

    private static String refusal(String name, String text) {
        return assertThrows(IllegalArgumentException.class, () -> read(name, text)).getMessage();
    }

    @Test
    void file_names_are_safe_and_unique_ignoring_case() {
        Set<String> taken = new HashSet<>(Set.of("existing.md"));
        assertEquals("Hinnoittelu-mitä-opimme.md", FileNames.unique("Hinnoittelu: mitä opimme?", ".md", taken));
        assertEquals("hinnoittelu-mitä-opimme-2.md", FileNames.unique("hinnoittelu / mitä opimme", ".md", taken));
        assertEquals("Existing-2.md", FileNames.unique("Existing", ".md", taken));
        assertEquals("draft.md", FileNames.unique("../../🚀", ".md", taken));
        assertEquals("CON-draft.md", FileNames.unique("CON", ".md", taken));
        assertEquals(FileNames.MAX_STEM + 3, FileNames.unique("a".repeat(200), ".md", taken).length());
    }
}
