package org.readerfirst.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.store.DraftStore;
import org.readerfirst.ui.app.WindowHarness;

/** The File menu's library commands on a real database, without a window. */
class LibraryFilesViewModelTest {

    private static RuleEngine engine;

    @TempDir
    Path folder;

    private WindowHarness window;

    @BeforeAll
    static void loadRules() {
        engine = BuiltInRules.engine();
    }

    @BeforeEach
    void open() throws Exception {
        window = new WindowHarness(folder.resolve("drafts.db"), engine, () -> engine).open();
    }

    @AfterEach
    void close() {
        window.close();
    }

    private LibraryFilesViewModel library() {
        return window.vm.models().libraryFiles();
    }

    private <T> T done(CompletableFuture<T> future) throws Exception {
        window.runFxUntil(future::isDone);
        return future.get();
    }

    private List<String> titlesInList() {
        return window.vm.models().drafts().items().stream().map(i -> i.title()).toList();
    }

    @Test
    void back_up_now_suggests_the_backups_folder_and_writes_the_text_typed_just_before() throws Exception {
        window.vm.models().editor().textProperty().set("Typed a moment ago");
        Path suggested = library().suggestedBackup();
        assertEquals(folder.resolve("backups"), suggested.getParent());

        done(library().backUp(suggested));

        try (DraftStore copy = DraftStore.open(suggested)) {
            assertEquals("Typed a moment ago", copy.list().get(0).body());
        }
        assertTrue(window.vm.statusProperty().get().contains(suggested.toString()));
    }

    @Test
    void restoring_shows_the_backups_drafts_and_the_window_saves_nothing_old_over_them() throws Exception {
        window.vm.models().editor().textProperty().set("In the backup");
        Path backup = done(library().backUp(library().suggestedBackup()));
        window.vm.models().editor().textProperty().set("Written after the backup");
        done(window.vm.newDraft());
        window.settle();

        Path aside = done(library().restore(backup));
        window.settle();

        assertEquals(1, window.vm.models().drafts().items().size());
        assertEquals("In the backup", window.vm.models().editor().textProperty().get());
        try (DraftStore kept = DraftStore.open(aside)) {
            assertEquals(2, kept.list().size());
        }
        window.reopen();
        assertEquals("In the backup", window.vm.models().editor().textProperty().get());
    }

    @Test
    void a_bad_backup_is_refused_on_the_status_line_and_the_open_draft_stays() throws Exception {
        window.vm.models().editor().textProperty().set("Mine");
        window.settle();
        Path bad = Files.writeString(folder.resolve("bad.db"), "not a database", StandardCharsets.UTF_8);

        CompletableFuture<Path> restore = library().restore(bad);
        window.runFxUntil(restore::isDone);
        window.settle();

        assertTrue(restore.isCompletedExceptionally());
        assertTrue(window.vm.statusIsErrorProperty().get());
        assertTrue(window.vm.statusProperty().get().contains("left as they are"), window.vm.statusProperty().get());
        assertEquals("Mine", window.vm.models().editor().textProperty().get());
    }

    @Test
    void importing_adds_the_readable_files_at_the_top_and_names_the_skipped_one() throws Exception {
        Path md = Files.writeString(folder.resolve("a.md"), "# Kolme oppia\n\nTeksti", StandardCharsets.UTF_8);
        Path bin = Files.write(folder.resolve("b.txt"), new byte[] {1, 0, 2});

        LibraryFilesViewModel.Imported imported = done(library().importFiles(List.of(md, bin)));

        assertEquals(1, imported.added().size());
        assertEquals("Kolme oppia", titlesInList().get(0));
        assertEquals("# Kolme oppia\n\nTeksti", window.vm.models().editor().textProperty().get());
        assertTrue(window.vm.statusProperty().get().contains("b.txt (it is a binary file, not text)"),
                window.vm.statusProperty().get());
    }

    @Test
    void exporting_writes_one_markdown_file_a_draft_without_touching_existing_files() throws Exception {
        window.vm.models().editor().textProperty().set("Body");
        window.vm.renameOpenDraft("Notes");
        done(window.vm.newDraft());
        window.vm.renameOpenDraft("Notes");
        Path out = Files.createDirectories(folder.resolve("out"));
        Files.writeString(out.resolve("Notes.md"), "someone else's", StandardCharsets.UTF_8);

        assertEquals(2, done(library().exportAll(out)));

        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("Notes-2.md", "Notes-3.md", "Notes.md"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals("someone else's", Files.readString(out.resolve("Notes.md"), StandardCharsets.UTF_8));
    }

    @Test
    void exporting_never_writes_through_a_link_in_the_folder_to_a_file_outside_it() throws Exception {
        window.vm.models().editor().textProperty().set("Body");
        window.settle();
        Path out = Files.createDirectories(folder.resolve("out"));
        Path outside = Files.writeString(folder.resolve("outside.md"), "not yours", StandardCharsets.UTF_8);
        Path dangling = folder.resolve("would-be-created.md");
        // The draft is titled by its first line, "Body".
        Files.createSymbolicLink(out.resolve("Body.md"), outside);
        Files.createSymbolicLink(out.resolve("Body-2.md"), dangling);

        assertEquals(1, done(library().exportAll(out)));

        assertEquals("not yours", Files.readString(outside, StandardCharsets.UTF_8));
        assertTrue(Files.notExists(dangling, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.readString(out.resolve("Body-3.md"), StandardCharsets.UTF_8).contains("Body"));
    }

    @Test
    void a_backup_onto_a_link_is_refused_on_the_status_line_and_nothing_is_written_where_it_points() throws Exception {
        Path outside = folder.resolve("elsewhere.db");
        Path link = Files.createSymbolicLink(Files.createDirectories(folder.resolve("chosen")).resolve("backup.db"),
                outside);

        CompletableFuture<Path> backup = library().backUp(link);
        window.runFxUntil(backup::isDone);

        assertTrue(backup.isCompletedExceptionally());
        assertTrue(window.vm.statusIsErrorProperty().get());
        assertTrue(window.vm.statusProperty().get().contains("is a link to " + outside), window.vm.statusProperty().get());
        assertTrue(Files.notExists(outside));
    }

    @Test
    void linkedin_data_lands_in_the_list_and_the_publishing_log_and_a_second_import_adds_nothing() throws Exception {
        window.vm.models().editor().textProperty().set("My own draft, open while importing");
        window.settle();
        Path export = Path.of("src/test/resources/linkedin-export/current");

        var report = done(library().importLinkedIn(export));
        window.runFxUntil(() -> titlesInList().size() == 11 && window.vm.models().publishingLog().entries().size() == 10);

        assertEquals(10, report.totalAdded());
        assertEquals("My own draft, open while importing", window.vm.models().editor().textProperty().get());
        assertTrue(window.vm.statusProperty().get().startsWith("Imported 10 texts you sent on LinkedIn; 0 were"),
                window.vm.statusProperty().get());

        report = done(library().importLinkedIn(export));
        window.settle();
        assertEquals(0, report.totalAdded());
        assertEquals(11, titlesInList().size());
        assertTrue(window.vm.statusProperty().get().startsWith("Nothing new from LinkedIn; 10 were in the library already."),
                window.vm.statusProperty().get());
    }

    @Test
    void what_an_export_could_not_give_is_named_by_file_and_row_in_the_windows_language() throws Exception {
        var report = done(library().importLinkedIn(Path.of("src/test/resources/linkedin-export/broken")));

        assertEquals(2, report.totalAdded());
        assertTrue(window.vm.statusProperty().get().endsWith("parts of the export could not be read."),
                window.vm.statusProperty().get());
        var row = report.problems().stream().filter(p -> p.row() > 0).findFirst().orElseThrow();
        assertTrue(LibraryFilesViewModel.describe(row).startsWith("Shares.csv, row 3 (line 7): "),
                LibraryFilesViewModel.describe(row));
        org.readerfirst.ui.common.Messages.use(java.util.Locale.forLanguageTag("fi"));
        try {
            assertEquals("Shares.csv, rivi 3 (tiedoston rivi 7): riviä ei voitu lukea; tiedoston muut rivit tuotiin.",
                    LibraryFilesViewModel.describe(row));
        } finally {
            org.readerfirst.ui.common.Messages.use(java.util.Locale.ENGLISH);
        }
    }
}
