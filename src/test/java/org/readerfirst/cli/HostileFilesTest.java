package org.readerfirst.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.rules.CheckedPrefix;

/** The command line on files that are not what a draft should be: one clear line and exit 2, or a right result. */
class HostileFilesTest {

    private static final String POST = "Comment YES below and I will send you the template!!!";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int check(Path file) {
        return check(file, "json");
    }

    private int check(Path file, String format) {
        ReaderFirstCli cli = new ReaderFirstCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]));
        return cli.run(List.of("check", "--no-grammar", "--format", format, file.toString()));
    }

    private void assertRefusedWith(Path file, String reason) {
        assertEquals(ReaderFirstCli.USAGE, check(file));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains(file.getFileName().toString()) && message.contains(reason), message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), message);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void a_binary_file_is_refused() throws IOException {
        assertRefusedWith(write("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}),
                "binary");
    }

    @Test
    void invalid_utf8_is_refused() throws IOException {
        assertRefusedWith(write("latin1.txt", "Hyvää päivää".getBytes(StandardCharsets.ISO_8859_1)), "not UTF-8");
    }

    @Test
    void utf16_with_a_byte_order_mark_is_read_as_text_in_either_byte_order() throws IOException {
        for (String charset : new String[] {"UTF-16LE", "UTF-16BE"}) {
            byte[] mark = charset.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
            byte[] text = POST.getBytes(charset);
            byte[] bytes = new byte[mark.length + text.length];
            System.arraycopy(mark, 0, bytes, 0, 2);
            System.arraycopy(text, 0, bytes, 2, text.length);
            out.reset();
            err.reset();
            check(write("post-" + charset + ".txt", bytes));
            String json = out.toString(StandardCharsets.UTF_8);
            assertEquals("", err.toString(StandardCharsets.UTF_8));
            assertTrue(json.contains("\"chars\":" + POST.length()), json);
            assertTrue(json.contains("bait-comment-keyword") && json.contains("\"start\":0"), json);
        }
    }

    @Test
    void an_empty_file_is_an_empty_draft_with_nothing_to_flag() throws IOException {
        assertEquals(ReaderFirstCli.OK, check(write("empty.txt", new byte[0])));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"findings\":[]"), out.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_fifty_megabyte_file_is_refused_without_being_read_whole() throws IOException {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        assertRefusedWith(big, "larger than");
    }

    @Test
    void a_five_megabyte_text_is_checked_as_far_as_fits_and_the_output_says_how_much_was_left() throws IOException {
        String text = (POST + "\n\n").repeat(5_000_000 / (POST.length() + 2) + 1).substring(0, 5_000_000);
        Path big = write("pasted.txt", text.getBytes(StandardCharsets.UTF_8));
        int checked = CheckedPrefix.end(text);
        String said = String.format(Locale.ROOT, "checked the first %,d characters; the remaining %,d were not checked",
                checked, 5_000_000 - checked);

        check(big, "text");
        String lines = out.toString(StandardCharsets.UTF_8);
        assertTrue(lines.strip().endsWith(big + ": " + said), lines.substring(Math.max(0, lines.length() - 300)));
        assertTrue(lines.lines().filter(l -> l.contains(": warning [") || l.contains(": error ["))
                .allMatch(l -> lineOf(l) <= text.substring(0, checked).lines().count()), "findings only where checked");

        out.reset();
        check(big, "json");
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(5_000_000, json.get("chars").asInt());
        assertEquals(checked, json.get("checked_chars").asInt());
        assertEquals(5_000_000 - checked, json.get("unchecked_chars").asInt());
        assertEquals(said, json.get("notice").asText());
        for (JsonNode f : json.get("findings")) {
            assertTrue(f.get("end").asInt() <= checked, f.toString());
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    private static int lineOf(String printed) {
        return Integer.parseInt(printed.split(":")[1]);
    }

    @Test
    void a_folder_without_drafts_is_refused() throws IOException {
        assertRefusedWith(Files.createDirectory(dir.resolve("drafts")), "folder");
    }

    @Test
    void a_file_without_read_permission_is_refused() throws IOException {
        Path secret = write("secret.txt", POST.getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("-w-------"));
        // The superuser reads every file, permission or not: nothing to test then.
        assumeFalse(Files.isReadable(secret), "running as a user who can read any file");
        assertRefusedWith(secret, "permission denied");
    }

    @Test
    void a_missing_file_is_refused() {
        assertRefusedWith(dir.resolve("nowhere.txt"), "no such file");
    }
}
