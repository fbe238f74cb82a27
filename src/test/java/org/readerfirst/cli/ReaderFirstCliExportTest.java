package org.readerfirst.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readerfirst export}: what it writes where, and its exit status. */
class ReaderFirstCliExportTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return new ReaderFirstCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))).run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path draft(String text) throws IOException {
        return Files.writeString(dir.resolve("draft.md"), text, StandardCharsets.UTF_8);
    }

    private void assertOneLineError(int status, String expected) {
        assertEquals(2, status);
        assertEquals("", out());
        assertTrue(err().startsWith("readerfirst: export") || err().startsWith("readerfirst: "), err());
        assertTrue(err().contains(expected), err());
        assertEquals(1, err().lines().count(), err());
    }

    @Test
    void linkedin_text_goes_to_standard_output_in_utf8() throws IOException {
        Path file = draft("**Five habits** of teams\n\n- ship *small*\n- review the same day\n");
        assertEquals(0, run("", "export", "--to", "linkedin", file.toString()), err());
        assertEquals("𝗙𝗶𝘃𝗲 𝗵𝗮𝗯𝗶𝘁𝘀 of teams\n\n• ship 𝘴𝘮𝘢𝘭𝘭\n• review the same day\n", out());
        assertEquals("", err());
    }

    @Test
    void each_format_is_written_from_standard_input_too() {
        assertEquals(0, run("# Otsikko\n\n*Hyvää* päivää", "export", "--to=html", "--type", "article", "-"), err());
        assertTrue(out().contains("<html lang=\"fi\">") && out().contains("<h1>Otsikko</h1>")
                && out().contains("<em>Hyvää</em> päivää"), out());
        out.reset();
        assertEquals(0, run("*Hyvää*   päivää", "export", "--to", "text", "-"));
        assertEquals("Hyvää   päivää\n", out());
        out.reset();
        assertEquals(0, run("Title\n===\n\n__bold__", "export", "--to", "markdown", "-"));
        assertEquals("# Title\n\n**bold**\n", out());
    }

    @Test
    void out_writes_the_export_into_a_file_and_replaces_an_earlier_one() throws IOException {
        Path file = draft("Notes from **Oulu**");
        Path target = dir.resolve("post.txt");
        Files.writeString(target, "an earlier export that is longer than the new one");
        assertEquals(0, run("", "export", "--to", "linkedin", "--out", target.toString(), file.toString()), err());
        assertEquals("Notes from 𝗢𝘂𝗹𝘂\n", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals("", out());
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void a_missing_file_exits_2_with_one_line() {
        assertOneLineError(run("", "export", "--to", "linkedin", dir.resolve("nope.md").toString()), "no such file");
    }

    @Test
    void a_binary_file_exits_2_with_one_line() throws IOException {
        Path binary = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        assertOneLineError(run("", "export", "--to", "text", binary.toString()), "not UTF-8 text");
    }

    @Test
    void an_unknown_or_missing_format_exits_2_with_one_line() throws IOException {
        Path file = draft("text");
        assertOneLineError(run("", "export", "--to", "pdf", file.toString()), "unknown format 'pdf'");
        err.reset();
        assertOneLineError(run("", "export", file.toString()), "--to");
    }

    @Test
    void an_unknown_type_or_a_missing_file_argument_exits_2_with_one_line() throws IOException {
        Path file = draft("text");
        assertOneLineError(run("", "export", "--to", "text", "--type", "tweet", file.toString()), "tweet");
        err.reset();
        assertOneLineError(run("", "export", "--to", "text"), "the draft file");
    }

    @Test
    void the_draft_itself_is_never_overwritten() throws IOException {
        Path file = draft("**keep me**");
        assertOneLineError(run("", "export", "--to", "text", "--out", file.toString(), file.toString()),
                "is the draft itself");
        assertEquals("**keep me**", Files.readString(file));
    }

    @Test
    void an_out_file_in_a_missing_folder_exits_2_with_one_line() throws IOException {
        Path file = draft("text");
        assertOneLineError(run("", "export", "--to", "text", "--out", dir.resolve("no/such.txt").toString(),
                file.toString()), "no such folder");
    }

    @Test
    void help_lists_the_export_command() {
        assertEquals(0, run("", "--help"));
        assertTrue(out().contains("readerfirst export --to FORMAT"), out());
    }
}
