package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.readerfirst.store.StoreException.Kind;

class SqliteErrorsTest {

    private static final Path FILE = Path.of("/home/aino/.local/share/readerfirst/readerfirst.db");

    @Test
    void a_full_disk_is_explained_in_words_and_names_the_file() {
        SQLException cause = new SQLException("[SQLITE_FULL] database or disk is full", null, 13);

        StoreException e = SqliteErrors.translate(cause, FILE, "save the draft in");

        assertEquals(Kind.FULL, e.kind());
        assertEquals("Could not save the draft in " + FILE + ": the disk is full.", e.getMessage());
        assertSame(cause, e.getCause(), "the raw message stays available for the log");
    }

    @Test
    void an_extended_busy_code_counts_as_locked() {
        // SQLITE_BUSY_SNAPSHOT = SQLITE_BUSY | (2 << 8)
        StoreException e = SqliteErrors.translate(new SQLException("busy", null, 517), FILE, "open");

        assertEquals(Kind.LOCKED, e.kind());
    }

    @Test
    void read_only_and_not_a_database_codes_map_to_their_kinds() {
        assertEquals(Kind.UNWRITABLE, SqliteErrors.translate(new SQLException("ro", null, 8), FILE, "open").kind());
        assertEquals(Kind.CORRUPT, SqliteErrors.translate(new SQLException("nadb", null, 26), FILE, "open").kind());
    }
}
