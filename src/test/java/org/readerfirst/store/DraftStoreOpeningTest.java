package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.store.StoreException.Kind;

/** Opening must create what is missing, and refuse, without touching it, any file it cannot use. */
class DraftStoreOpeningTest {

    @TempDir
    Path dir;

    @Test
    void a_missing_file_and_its_folders_are_created_as_a_new_database() throws Exception {
        Path file = dir.resolve("a/b/readerfirst.db");

        try (DraftStore store = DraftStore.open(file)) {
            assertEquals(List.of(), store.list());
            assertEquals(Schema.latestVersion(), store.maintenance().schemaVersion());
        }
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void a_new_database_and_the_folders_made_for_it_are_private_to_the_owner() throws Exception {
        assumePosix();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = dir.resolve("a/b/readerfirst.db");

        try (DraftStore store = DraftStore.open(file)) {
            store.create("private", "thoughts", ContentType.POST, Language.ENGLISH);
            assertEquals("rw-------", permissions(file));
            // SQLite gives its side files the database's permissions; check that it really does.
            assertEquals("rw-------", permissions(Path.of(file + "-wal")));
            assertEquals("rw-------", permissions(Path.of(file + "-shm")));
        }
        assertEquals("rwx------", permissions(dir.resolve("a")));
        assertEquals("rwx------", permissions(dir.resolve("a/b")));
        assertEquals("rwxr-xr-x", permissions(dir), "a folder that already existed keeps its permissions");
    }

    @Test
    void an_empty_file_is_taken_as_a_new_database() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.db"));

        try (DraftStore store = DraftStore.open(file)) {
            store.create("t", "b", ContentType.POST, Language.ENGLISH);
            assertEquals(1, store.list().size());
        }
    }

    @Test
    void a_garbage_file_is_refused_and_left_untouched() throws Exception {
        byte[] garbage = new byte[8192];
        new Random(7).nextBytes(garbage);
        Path file = Files.write(dir.resolve("readerfirst.db"), garbage);

        StoreException e = assertRefused(Kind.CORRUPT, file);

        assertTrue(e.getMessage().contains("not a SQLite database"), e.getMessage());
        assertArrayEquals(garbage, Files.readAllBytes(file));
        assertEquals(List.of(file), filesIn(dir), "no journal or log was left next to it");
    }

    @Test
    void a_text_file_is_refused_and_left_untouched() throws Exception {
        byte[] text = "Notes for Monday's post\nDo not lose these!\n".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("notes.txt"), text);

        assertRefused(Kind.CORRUPT, file);

        assertArrayEquals(text, Files.readAllBytes(file));
        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void a_file_with_a_sqlite_header_but_garbage_after_it_is_refused_and_left_untouched() throws Exception {
        byte[] bytes = new byte[4096];
        new Random(11).nextBytes(bytes);
        byte[] magic = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        Path file = Files.write(dir.resolve("readerfirst.db"), bytes);

        assertRefused(Kind.CORRUPT, file);

        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void a_database_with_damaged_pages_is_refused_and_left_untouched() throws Exception {
        Path file = dir.resolve("readerfirst.db");
        try (DraftStore store = DraftStore.open(file)) {
            for (int i = 0; i < 50; i++) {
                store.create("draft " + i, "body ".repeat(200), ContentType.POST, Language.ENGLISH);
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        // Keep the 100-byte header valid and scramble the rest of the first page: the schema lives there.
        byte[] noise = new byte[1000];
        new Random(3).nextBytes(noise);
        System.arraycopy(noise, 0, bytes, 100, noise.length);
        Files.write(file, bytes);

        assertRefused(Kind.CORRUPT, file);

        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void a_database_from_a_newer_readerfirst_is_refused_and_left_untouched() throws Exception {
        Path file = dir.resolve("readerfirst.db");
        try (DraftStore store = DraftStore.open(file)) {
            store.create("kept", "as is", ContentType.POST, Language.ENGLISH);
        }
        execute(file, "PRAGMA user_version = 99");
        byte[] before = Files.readAllBytes(file);

        StoreException e = assertRefused(Kind.NEWER_SCHEMA, file);

        assertTrue(e.getMessage().contains("newer ReaderFirst"), e.getMessage());
        assertTrue(e.getMessage().contains("99"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void a_plain_sqlite_file_with_a_high_user_version_counts_as_newer_too() throws Exception {
        Path file = dir.resolve("readerfirst.db");
        execute(file, "PRAGMA user_version = " + (Schema.latestVersion() + 1));
        byte[] before = Files.readAllBytes(file);

        assertRefused(Kind.NEWER_SCHEMA, file);

        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void another_programs_sqlite_database_is_refused_and_left_untouched() throws Exception {
        Path file = dir.resolve("places.sqlite");
        execute(file, "CREATE TABLE bookmarks (url TEXT)", "INSERT INTO bookmarks VALUES ('https://example.org')");
        byte[] before = Files.readAllBytes(file);

        StoreException e = assertRefused(Kind.CORRUPT, file);

        assertTrue(e.getMessage().contains("another program"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void a_database_another_connection_is_writing_to_is_reported_as_locked() throws Exception {
        Path file = dir.resolve("readerfirst.db");
        DraftStore.open(file).close();
        byte[] before = Files.readAllBytes(file);
        try (Connection other = connect(file); Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");

            StoreException e = assertRefused(Kind.LOCKED, file);

            assertTrue(e.getMessage().contains("another program is using it"), e.getMessage());
            st.execute("ROLLBACK");
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void a_path_through_a_regular_file_gives_a_clear_error_and_leaves_that_file_alone() throws Exception {
        byte[] text = "not a folder".getBytes(StandardCharsets.UTF_8);
        Path blocker = Files.write(dir.resolve("notes.txt"), text);
        Path file = blocker.resolve("readerfirst/readerfirst.db");

        StoreException e = assertRefused(Kind.UNWRITABLE, file);

        assertTrue(e.getMessage().contains(blocker + " is a file, not a folder"), e.getMessage());
        assertArrayEquals(text, Files.readAllBytes(blocker));
    }

    @Test
    void a_folder_at_the_database_path_is_refused() throws Exception {
        Path file = Files.createDirectory(dir.resolve("readerfirst.db"));

        StoreException e = assertRefused(Kind.IO, file);

        assertTrue(e.getMessage().contains("it is a folder"), e.getMessage());
    }

    @Test
    void a_folder_without_write_permission_gives_a_clear_error() throws Exception {
        assumePosix();
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        try {
            assumeFalse(Files.isWritable(folder), "permissions do not apply to this user (root)");

            StoreException e = assertRefused(Kind.UNWRITABLE, folder.resolve("readerfirst.db"));

            assertTrue(e.getMessage().contains("no permission"), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void a_read_only_database_file_is_refused_and_left_untouched() throws Exception {
        assumePosix();
        Path file = dir.resolve("readerfirst.db");
        DraftStore.open(file).close();
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        assumeFalse(Files.isWritable(file), "permissions do not apply to this user (root)");

        StoreException e = assertRefused(Kind.UNWRITABLE, file);

        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void a_path_with_question_marks_and_non_ascii_letters_opens_exactly_that_file() throws Exception {
        Path file = dir.resolve("Käyttäjä?mode=memory #1 100%.db");

        try (DraftStore store = DraftStore.open(file)) {
            store.create("t", "b", ContentType.POST, Language.FINNISH);
        }

        assertEquals(List.of(file), filesIn(dir));
        try (DraftStore reopened = DraftStore.open(file)) {
            assertEquals(1, reopened.list().size());
        }
    }

    /** Opening must fail with this kind and a one-line message that names the file. */
    private static StoreException assertRefused(Kind kind, Path file) {
        StoreException e = assertThrows(StoreException.class, () -> DraftStore.open(file).close());
        assertEquals(kind, e.kind(), e.getMessage());
        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().contains("SQLITE_"), "no raw SQLite message: " + e.getMessage());
        return e;
    }

    private static void execute(Path file, String... statements) throws SQLException {
        try (Connection c = connect(file); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    private static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri());
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static void assumePosix() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
    }
}
