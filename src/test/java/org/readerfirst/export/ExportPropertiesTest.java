package org.readerfirst.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.readerfirst.HostileText;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;

/** What holds for every draft written in the Markdown subset, whatever its words and shape. */
class ExportPropertiesTest {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    @Property(tries = 300)
    void unstyling_the_linkedin_text_gives_the_words_of_the_plain_text_in_order(@ForAll("drafts") String draft,
                                                                               @ForAll Language language) {
        String linkedIn = Exporter.export(draft, ContentType.POST, language, ExportFormat.LINKEDIN);
        String plain = Exporter.export(draft, ContentType.POST, language, ExportFormat.TEXT);
        assertEquals(words(plain), words(UnicodeStyles.plain(linkedIn)));
    }

    @Property(tries = 300)
    void the_plain_text_keeps_every_word_of_the_draft_in_order(@ForAll("drafts") String draft) {
        String plain = Exporter.export(draft, ContentType.POST, Language.ENGLISH, ExportFormat.TEXT);
        assertEquals(words(draft).stream().filter(w -> !w.equals("https") && !w.equals("example")
                && !w.equals("com") && !w.matches("\\d+")).toList(),
                words(plain).stream().filter(w -> !w.equals("https") && !w.equals("example")
                        && !w.equals("com") && !w.matches("\\d+")).toList());
    }

    @Property(tries = 300)
    void exporting_the_markdown_export_again_changes_nothing(@ForAll("drafts") String draft) {
        String once = Exporter.export(draft, ContentType.ARTICLE, Language.ENGLISH, ExportFormat.MARKDOWN);
        String twice = Exporter.export(once, ContentType.ARTICLE, Language.ENGLISH, ExportFormat.MARKDOWN);
        assertEquals(once, twice);
    }

    @Property(tries = 300)
    void the_linkedin_text_has_no_markdown_left(@ForAll("drafts") String draft) {
        String linkedIn = Exporter.export(draft, ContentType.POST, Language.FINNISH, ExportFormat.LINKEDIN);
        for (String marker : List.of("**", "*", "](", "> ", "# ", "- ")) {
            assertFalse(linkedIn.contains(marker), "left '" + marker + "' in:\n" + linkedIn);
        }
    }

    @Property(tries = 200)
    void any_unicode_exports_to_every_format_without_failing(@ForAll("hostile") String draft, @ForAll ContentType type,
                                                            @ForAll Language language) {
        for (ExportFormat format : ExportFormat.values()) {
            String out = Exporter.export(draft, type, language, format);
            assertFalse(out == null, format + " gave nothing");
        }
        LinkedInCopy copy = Exporter.copyForLinkedIn(draft, type, language);
        assertFalse(copy == null);
        Exporter.htmlFragment(draft);
    }

    @Property(tries = 3)
    void a_megabyte_of_any_unicode_exports_without_failing(@ForAll("hostile") String piece) {
        String draft = (piece + "\n\n").repeat(1 + 1_000_000 / (piece.length() + 2));
        for (ExportFormat format : ExportFormat.values()) {
            Exporter.export(draft, ContentType.ARTICLE, Language.ENGLISH, format);
        }
    }

    @Provide
    Arbitrary<String> hostile() {
        return HostileText.text();
    }

    private static List<String> words(String text) {
        Matcher m = WORD.matcher(text);
        return m.results().map(r -> r.group()).toList();
    }

    @Provide
    Arbitrary<String> drafts() {
        return block().list().ofMinSize(1).ofMaxSize(6).map(blocks -> String.join("\n\n", blocks));
    }

    private Arbitrary<String> word() {
        return Arbitraries.of("reader", "benefit", "Oulu", "päivä", "työelämä", "Åbo", "öljy", "2026", "42",
                "data", "team", "🚀", "☕", "#java", "#tekoäly", "@Maria", "ship", "käyttäjä", "why", "Ääni");
    }

    private Arbitrary<String> words() {
        return word().list().ofMinSize(1).ofMaxSize(4).map(ws -> String.join(" ", ws));
    }

    private Arbitrary<String> inline() {
        return Arbitraries.oneOf(words(), words().map(w -> "**" + w + "**"), words().map(w -> "*" + w + "*"),
                words().map(w -> "***" + w + "***"), words().map(w -> "[" + w + "](https://example.com/" + w.length() + ")"));
    }

    private Arbitrary<String> line() {
        return inline().list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join(" ", parts));
    }

    private Arbitrary<String> paragraph() {
        return line().list().ofMinSize(1).ofMaxSize(3).map(lines -> String.join("\n", lines));
    }

    private Arbitrary<String> block() {
        Arbitrary<String> heading = Combinators.combine(Arbitraries.integers().between(1, 3), line())
                .as((level, text) -> "#".repeat(level) + " " + text);
        Arbitrary<String> quote = paragraph().map(p -> "> " + p.replace("\n", "\n> "));
        return Arbitraries.oneOf(paragraph(), heading, quote, list(false), list(true));
    }

    private Arbitrary<String> list(boolean ordered) {
        Arbitrary<String> item = Combinators.combine(line(), line().list().ofMaxSize(2), Arbitraries.of(true, false))
                .as((text, nested, numberedInside) -> {
                    StringBuilder sb = new StringBuilder(text);
                    int n = 1;
                    for (String child : nested) {
                        sb.append("\n   ").append(numberedInside ? n++ + ". " : "- ").append(child);
                    }
                    return sb.toString();
                });
        return item.list().ofMinSize(1).ofMaxSize(4).map(items -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < items.size(); i++) {
                sb.append(i == 0 ? "" : "\n").append(ordered ? (i + 1) + ". " : "- ").append(items.get(i));
            }
            return sb.toString();
        });
    }
}
