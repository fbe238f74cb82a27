package org.readerfirst.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.rules.Limits;

/**
 * Every export of every draft under {@code src/test/resources/export/} matches the file beside it. A
 * case's folder is named TYPE.LANGUAGE.WHAT; {@code -Dexport.golden.update=true} writes the files anew
 * into the source tree, to be read over before they are committed.
 */
class ExportGoldenTest {

    private static final Path SOURCE = Path.of("src/test/resources/export");
    private static final boolean UPDATE = Boolean.getBoolean("export.golden.update");
    private static final Limits LIMITS = BuiltInRules.book().limits();

    static Stream<Arguments> cases() throws IOException, URISyntaxException {
        Path root = Path.of(ExportGoldenTest.class.getResource("/export").toURI());
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.sorted().toList()) {
                for (ExportFormat format : ExportFormat.values()) {
                    cases.add(Arguments.of(folder.getFileName().toString(), format));
                }
            }
        }
        return cases.stream();
    }

    static String expectedName(ExportFormat format) {
        return format.id() + "." + format.extension();
    }

    private static String draft(String name) throws IOException {
        return Files.readString(SOURCE.resolve(name).resolve("draft.md"), StandardCharsets.UTF_8);
    }

    private static ContentType type(String name) {
        return ContentType.fromId(name.split("\\.")[0]);
    }

    private static Language language(String name) {
        return Language.fromId(name.split("\\.")[1]);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void each_export_matches_its_golden_file(String name, ExportFormat format) throws IOException {
        String actual = Exporter.export(draft(name), type(name), language(name), format) + "\n";
        Path expected = SOURCE.resolve(name).resolve(expectedName(format));
        if (UPDATE) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, name + " as " + format.id());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void no_export_leaves_trailing_spaces_or_ends_in_a_line_break(String name, ExportFormat format) throws IOException {
        String actual = Exporter.export(draft(name), type(name), language(name), format);
        assertFalse(actual.endsWith("\n"), name);
        if (format != ExportFormat.MARKDOWN) { // Markdown's hard line break is two trailing spaces
            actual.lines().forEach(line -> assertEquals(line.stripTrailing(), line, name + ": " + line));
        }
    }

    @Test
    void the_limit_cases_are_exactly_at_their_surfaces_limit_and_stay_within_it_when_exported() throws IOException {
        for (String name : List.of("post.en.limit", "comment.fi.limit", "connection-note.en.limit")) {
            int limit = LIMITS.maxChars(type(name)).orElseThrow();
            String text = draft(name);
            assertEquals(limit, text.length(), name);
            String linkedIn = Exporter.export(text, type(name), language(name), ExportFormat.LINKEDIN);
            assertTrue(linkedIn.codePointCount(0, linkedIn.length()) <= limit, name + " grew past " + limit);
            assertTrue(linkedIn.endsWith(text.substring(text.lastIndexOf(' ') + 1)), name + " lost its end");
        }
    }
}
