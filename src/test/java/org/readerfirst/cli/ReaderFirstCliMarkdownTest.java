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
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.store.DraftDetails;
import org.readerfirst.store.DraftStatus;
import org.readerfirst.store.DraftStore;

/** drafts export and import on real folders and databases. */
class ReaderFirstCliMarkdownTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new ReaderFirstCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]))
                .run(List.of(args));
    }

    @Test
    void drafts_exported_and_imported_into_a_fresh_database_are_the_same_drafts() throws Exception {
        Path db = dir.resolve("readerfirst.db");
        try (DraftStore store = DraftStore.open(db)) {
            Draft a = store.create("Hinnoittelu: mitä opimme?", "Kolme asiaa.\n\n# Ei otsikko\n", ContentType.POST,
                    Language.FINNISH);
            store.setTags(a.id(), List.of("hinnat", "saas"));
            store.setStatus(a.id(), DraftStatus.READY);
            store.create("Hinnoittelu / mitä opimme", "Same title, other text", ContentType.ARTICLE, Language.ENGLISH);
            store.create("", "", ContentType.CONNECTION_NOTE, Language.AUTO);
        }
        Path folder = dir.resolve("export");

        assertEquals(0, run("drafts", "export", folder.toString(), "--db", db.toString()), err.toString());
        assertEquals(3, files(folder).size());

        Path fresh = dir.resolve("fresh.db");
        DraftStore.open(fresh).close();
        String[] importArgs = Stream.concat(Stream.of("drafts", "import", "--db", fresh.toString()),
                files(folder).stream().map(Path::toString)).toArray(String[]::new);
        assertEquals(0, run(importArgs), err.toString());

        try (DraftStore original = DraftStore.open(db); DraftStore copy = DraftStore.open(fresh)) {
            assertEquals(comparable(original.listDetails(null)), comparable(copy.listDetails(null)));
        }
    }

    @Test
    void a_binary_file_is_refused_by_name_and_the_others_are_imported() throws Exception {
        Path db = dir.resolve("readerfirst.db");
        DraftStore.open(db).close();
        Path text = Files.writeString(dir.resolve("Monday post.txt"), "Plain text", StandardCharsets.UTF_8);
        Path binary = Files.write(dir.resolve("photo.md"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 1, 2});
        Path markdown = Files.writeString(dir.resolve("n.md"), "# Kolme oppia\n\nTeksti", StandardCharsets.UTF_8);

        assertEquals(2, run("drafts", "import", "--db", db.toString(), text.toString(), binary.toString(),
                markdown.toString()));

        assertEquals("readerfirst: drafts import: skipped " + binary + ": it is a binary file, not text\n",
                err.toString(StandardCharsets.UTF_8));
        try (DraftStore store = DraftStore.open(db)) {
            assertEquals(List.of("Kolme oppia", "Monday post"), store.list().stream().map(Draft::title).sorted().toList());
        }
    }

    @Test
    void importing_creates_a_missing_database_private_to_the_owner() throws Exception {
        Path db = dir.resolve("new folder").resolve("library.db");
        Path text = Files.writeString(dir.resolve("Monday post.txt"), "Plain text", StandardCharsets.UTF_8);

        assertEquals(0, run("drafts", "import", "--db", db.toString(), text.toString()), err.toString());

        try (DraftStore store = DraftStore.open(db)) {
            assertEquals(List.of("Monday post"), store.list().stream().map(Draft::title).toList());
        }
        if (db.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
        }
    }

    @Test
    void reading_a_missing_database_says_how_to_make_one_and_creates_nothing() {
        Path db = dir.resolve("typo.db");

        assertEquals(2, run("drafts", "list", "--db", db.toString()));

        assertEquals("readerfirst: no database at " + db
                + " (check the path; 'drafts import' or opening the app creates one)\n",
                err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(db));
    }

    /** The drafts without their ids, in a fixed order. */
    private static List<String> comparable(List<DraftDetails> drafts) {
        return drafts.stream().map(d -> {
            Draft x = d.draft();
            return String.join("|", x.title(), x.body(), x.type().id(), x.language().id(), d.status().id(),
                    String.join(",", d.tags()), x.created().toString(), x.updated().toString());
        }).sorted(Comparator.naturalOrder()).toList();
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }
}
