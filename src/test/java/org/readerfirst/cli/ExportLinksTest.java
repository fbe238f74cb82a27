package org.readerfirst.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.store.DraftStore;

/** Exports and backups never write through a symbolic link to a file outside the folder chosen. */
class ExportLinksTest {

    @TempDir
    Path dir;

    private Path db;
    private Path chosen;
    private Path outside;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() throws Exception {
        db = dir.resolve("readerfirst.db");
        try (DraftStore store = DraftStore.open(db)) {
            store.create("Plans", "Our plans for spring.", ContentType.POST, Language.ENGLISH);
        }
        chosen = Files.createDirectory(dir.resolve("chosen"));
        outside = Files.writeString(dir.resolve("outside.txt"), "not yours");
    }

    private int run(String... args) {
        return new ReaderFirstCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]))
                .run(List.of(args));
    }

    private void assertRefusedInOneLine(int status, String says) {
        String err = this.err.toString(StandardCharsets.UTF_8);
        assertEquals(2, status, err);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.contains(says), err);
        assertFalse(err.contains("Exception"), err);
    }

    @Test
    void drafts_export_skips_a_link_named_like_a_draft_and_leaves_what_it_points_to_alone() throws Exception {
        Path dangling = dir.resolve("would-be-created.md");
        Files.createSymbolicLink(chosen.resolve("Plans.md"), outside);
        Files.createSymbolicLink(chosen.resolve("Plans-2.md"), dangling);

        assertEquals(0, run("drafts", "export", chosen.toString(), "--db", db.toString()), err.toString());

        assertEquals("not yours", Files.readString(outside));
        assertTrue(Files.notExists(dangling, LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.isSymbolicLink(chosen.resolve("Plans.md")));
        assertTrue(Files.readString(chosen.resolve("Plans-3.md")).contains("Our plans for spring."));
        try (Stream<Path> files = Files.list(chosen)) {
            assertEquals(3, files.count());
        }
    }

    @Test
    void export_out_onto_a_link_is_refused_in_one_line_and_the_file_it_points_to_is_unchanged() throws Exception {
        Path draft = Files.writeString(dir.resolve("post.md"), "Hello");
        Path link = Files.createSymbolicLink(chosen.resolve("post.txt"), outside);

        assertRefusedInOneLine(run("export", "--to", "linkedin", "--out", link.toString(), draft.toString()),
                "is a link to " + outside);

        assertEquals("not yours", Files.readString(outside));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void drafts_backup_onto_a_dangling_link_is_refused_and_nothing_appears_where_it_points() throws Exception {
        Path target = dir.resolve("elsewhere.db");
        Path link = chosen.resolve("backup.db");
        Files.createSymbolicLink(link, target);

        assertRefusedInOneLine(run("drafts", "backup", link.toString(), "--db", db.toString()),
                "is a link to " + target);

        assertTrue(Files.notExists(target));
    }

    @Test
    void drafts_backup_onto_a_link_to_an_existing_file_is_refused_and_that_file_is_unchanged() throws Exception {
        Path link = Files.createSymbolicLink(chosen.resolve("backup.db"), outside);

        assertRefusedInOneLine(run("drafts", "backup", link.toString(), "--db", db.toString()),
                "is a link to " + outside);

        assertEquals("not yours", Files.readString(outside));
    }
}
