package org.readerfirst.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.store.DraftStore;

/** import-linkedin on a real database, with the sample exports under src/test/resources/linkedin-export. */
class ImportLinkedInCommandTest {

    private static final Path EXPORTS = Path.of("src/test/resources/linkedin-export");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new ReaderFirstCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]))
                .run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8).replace("\r", "");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).replace("\r", "");
    }

    @Test
    void an_export_becomes_published_drafts_once_and_a_second_import_adds_nothing() throws Exception {
        Path db = dir.resolve("new.db");
        assertEquals(0, run("import-linkedin", "--db", db.toString(), EXPORTS.resolve("current").toString()), err());
        assertEquals("", err());
        assertTrue(out().contains("as Aino Lehtonen"), out());
        assertTrue(out().contains("  post: 3 new of 3\n"), out());
        assertTrue(out().contains("  comment: 3 new of 3\n"), out());
        assertTrue(out().contains("added 10, already in the library 0\n"), out());
        try (DraftStore store = DraftStore.open(db)) {
            assertEquals(10, store.listDetails(null).size());
            assertEquals(10, store.publishingLog().publications().size());
        }

        assertEquals(0, run("import-linkedin", "--db", db.toString(), EXPORTS.resolve("current").toString()), err());
        assertTrue(out().contains("added 0, already in the library 10\n"), out());
        try (DraftStore store = DraftStore.open(db)) {
            assertEquals(10, store.listDetails(null).size());
        }
    }

    @Test
    void rows_and_files_that_cannot_be_read_are_named_and_the_rest_is_imported_with_status_two() {
        Path db = dir.resolve("new.db");
        assertEquals(2, run("import-linkedin", "--db", db.toString(), EXPORTS.resolve("broken").toString()));
        assertTrue(err().contains("readerfirst: import-linkedin: Shares.csv, row 3 (line 7): "), err());
        assertTrue(err().contains("readerfirst: import-linkedin: messages.csv: is not in the export"), err());
        assertFalse(err().contains("Exception"), err());
        assertTrue(out().contains("  post: 2 new of 2\n"), out());
    }

    @Test
    void a_path_that_is_not_there_is_one_line_and_creates_no_database() {
        Path db = dir.resolve("new.db");
        assertEquals(2, run("import-linkedin", "--db", db.toString(), dir.resolve("nothing.zip").toString()));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().startsWith("readerfirst: import-linkedin: no such file or folder: "), err());
        assertFalse(Files.exists(db));
    }
}
