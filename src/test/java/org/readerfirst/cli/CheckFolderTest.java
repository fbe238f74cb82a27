package org.readerfirst.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check on a real folder tree: which files it takes, in what order, and the same output on any number of jobs. */
class CheckFolderTest {

    private static final String ENGLISH = "I am excited to announce that we shipped the new release today.\n\n"
            + "What would you change first?\n";
    private static final String FINNISH = "Olen iloinen voidessani kertoa, että julkaisimme tänään uuden version.\n\n"
            + "Mitä sinä muuttaisit ensimmäisenä?\n";

    @TempDir
    Path dir;

    private Path drafts;
    private String out;
    private String err;

    @BeforeEach
    void tree() throws IOException {
        drafts = Files.createDirectories(dir.resolve("drafts"));
        Files.writeString(drafts.resolve("b.txt"), ENGLISH);
        Files.writeString(drafts.resolve("a.md"), "# Launch\n\n" + ENGLISH);
        Path nested = Files.createDirectories(drafts.resolve("2026/november"));
        Files.writeString(nested.resolve("fi.txt"), FINNISH);
        Files.write(nested.resolve("broken.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0x14, 0});
        Files.write(drafts.resolve("cover.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        Files.writeString(drafts.resolve("notes.docx"), ENGLISH);
        for (int i = 0; i < 12; i++) {
            Files.writeString(drafts.resolve("many-" + (char) ('a' + i) + ".txt"), i % 2 == 0 ? ENGLISH : FINNISH);
        }
    }

    @Test
    void a_folder_checks_its_txt_and_md_files_at_any_depth_in_path_order() {
        int status = run("check", "--no-grammar", "--jobs", "2", drafts.toString());
        assertEquals(ReaderFirstCli.USAGE, status, "a file that could not be read makes the status 2");
        List<String> files = summaryFiles(out);
        List<String> expected = new ArrayList<>(List.of(
                drafts.resolve("2026/november/fi.txt").toString(), drafts.resolve("a.md").toString(),
                drafts.resolve("b.txt").toString()));
        for (int i = 0; i < 12; i++) {
            expected.add(drafts.resolve("many-" + (char) ('a' + i) + ".txt").toString());
        }
        assertEquals(expected, files);
        assertFalse(out.contains("cover.png") || out.contains("notes.docx"), out);
        assertEquals(List.of("readerfirst: " + drafts.resolve("2026/november/broken.txt")
                + ": is not UTF-8 text (it looks binary)"), err.lines().toList());
    }

    @Test
    void four_jobs_print_what_one_job_prints_in_text_and_json() {
        for (String format : List.of("text", "json")) {
            int one = run("check", "--no-grammar", "--format", format, "--jobs", "1", drafts.toString());
            String outOne = out;
            String errOne = err;
            int four = run("check", "--no-grammar", "--format", format, "--jobs=4", drafts.toString());
            assertEquals(one, four);
            assertEquals(outOne, out, format);
            assertEquals(errOne, err, format);
            assertEquals(15, format.equals("json") ? out.lines().count() : summaryFiles(out).size());
        }
    }

    @Test
    void with_grammar_two_jobs_print_what_one_job_prints_in_the_same_order() throws IOException {
        Files.writeString(drafts.resolve("many-m.txt"), "He go to work every day and their is three reasons.\n");
        int one = run("check", "--format", "json", "--jobs", "1", drafts.toString());
        String outOne = out;
        String errOne = err;
        int two = run("check", "--format", "json", "--jobs", "2", drafts.toString());
        assertEquals(one, two);
        assertEquals(outOne, out);
        assertEquals(errOne, err);
        assertEquals(16, out.lines().count());
        assertTrue(out.contains("\"category\":\"grammar\""), "grammar findings are in: " + out);
    }

    @Test
    void without_the_bad_file_the_status_follows_the_findings() throws IOException {
        Files.delete(drafts.resolve("2026/november/broken.txt"));
        int status = run("check", "--no-grammar", drafts.toString());
        assertTrue(status == ReaderFirstCli.OK || status == ReaderFirstCli.FINDINGS, err);
        assertEquals("", err);
    }

    @Test
    void a_link_out_of_the_folder_is_not_followed() throws IOException {
        Path outside = Files.writeString(dir.resolve("private.txt"), ENGLISH);
        Files.createSymbolicLink(drafts.resolve("link.txt"), outside);
        Files.createSymbolicLink(drafts.resolve("up"), dir);
        run("check", "--no-grammar", drafts.toString());
        assertFalse(out.contains("link.txt") || out.contains("private.txt") || out.contains("up/"), out);
    }

    @Test
    void jobs_must_be_a_positive_number() {
        assertEquals(ReaderFirstCli.USAGE, run("check", "--jobs", "0", drafts.toString()));
        assertTrue(err.contains("--jobs"), err);
        assertEquals("", out);
    }

    /** The files named by the text format's summary lines, in the order printed. */
    private static List<String> summaryFiles(String text) {
        return text.lines().filter(l -> l.contains(", score ")).map(l -> l.substring(0, l.indexOf(": ")))
                .toList();
    }

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int status = new ReaderFirstCli(new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]))
                .run(List.of(args));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return status;
    }
}
