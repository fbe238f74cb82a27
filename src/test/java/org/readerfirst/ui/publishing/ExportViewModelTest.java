package org.readerfirst.ui.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.export.ExportFormat;
import org.readerfirst.export.LinkedInCopy;
import org.readerfirst.ui.app.MainViewModel;
import org.readerfirst.ui.app.WindowHarness;

/** Copy for LinkedIn and Export… of the open draft, on a real database file, without a window. */
class ExportViewModelTest {

    private static RuleEngine engine;

    @TempDir
    Path folder;

    private WindowHarness window;

    @BeforeAll
    static void loadRules() {
        engine = BuiltInRules.engine();
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.close();
        }
    }

    private MainViewModel open(String text, ContentType type) throws Exception {
        window = new WindowHarness(folder.resolve("drafts.db"), engine, () -> engine).open();
        window.vm.models().editor().typeProperty().set(type);
        window.vm.models().editor().textProperty().set(text);
        return window.vm;
    }

    @Test
    void a_post_is_copied_as_linkedin_text_with_plain_line_breaks() throws Exception {
        MainViewModel vm = open("Line **one**\r\nLine two\n", ContentType.POST);
        LinkedInCopy copy = vm.models().export().copyForLinkedIn();
        assertEquals("Line 𝗼𝗻𝗲\nLine two", copy.plain());
        assertTrue(copy.html().isEmpty());
        assertTrue(vm.statusProperty().get().startsWith("Copied 17 characters"), vm.statusProperty().get());
    }

    @Test
    void an_article_is_copied_as_html_and_plain_text() throws Exception {
        MainViewModel vm = open("# Otsikko\n\n*Hyvää* päivää", ContentType.ARTICLE);
        LinkedInCopy copy = vm.models().export().copyForLinkedIn();
        assertEquals("Otsikko\n\nHyvää päivää", copy.plain());
        assertEquals("<h1>Otsikko</h1>\n<p><em>Hyvää</em> päivää</p>", copy.html().orElseThrow());
        assertTrue(vm.statusProperty().get().contains("rich text"), vm.statusProperty().get());
    }

    @Test
    void an_empty_draft_copies_nothing_and_says_so() throws Exception {
        MainViewModel vm = open("  ", ContentType.POST);
        assertTrue(vm.models().export().copyForLinkedIn().isEmpty());
        assertEquals("Nothing to copy yet", vm.statusProperty().get());
    }

    @Test
    void export_writes_the_chosen_format_to_the_file_and_says_where() throws Exception {
        MainViewModel vm = open("- **a**\n- b", ContentType.POST);
        Path file = folder.resolve("post.md");
        CompletableFuture<Boolean> done = vm.models().export().exportTo(file, ExportFormat.MARKDOWN);
        window.runFxUntil(done::isDone);
        assertTrue(done.get());
        assertEquals("- **a**\n- b\n", Files.readString(file, StandardCharsets.UTF_8));
        assertEquals("Exported to post.md", vm.statusProperty().get());
    }

    @Test
    void a_failed_export_says_so_and_leaves_the_draft_alone() throws Exception {
        MainViewModel vm = open("Keep me", ContentType.POST);
        Path file = folder.resolve("no-such-folder").resolve("post.txt");
        CompletableFuture<Boolean> done = vm.models().export().exportTo(file, ExportFormat.LINKEDIN);
        window.runFxUntil(done::isDone);
        assertFalse(done.get());
        assertTrue(vm.statusIsErrorProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Not exported to "), vm.statusProperty().get());
        assertEquals("Keep me", vm.models().editor().textProperty().get());
    }

    @Test
    void an_export_onto_a_link_out_of_the_folder_is_refused_and_nothing_is_written_through_it() throws Exception {
        MainViewModel vm = open("Secret draft", ContentType.POST);
        Path chosen = Files.createDirectory(folder.resolve("exports"));
        Path outside = Files.writeString(folder.resolve("outside.txt"), "not yours");
        Path link = Files.createSymbolicLink(chosen.resolve("post.txt"), outside);

        CompletableFuture<Boolean> done = vm.models().export().exportTo(link, ExportFormat.LINKEDIN);
        window.runFxUntil(done::isDone);

        assertFalse(done.get());
        assertTrue(vm.statusIsErrorProperty().get());
        assertEquals("Not exported: " + link + " is a link to " + outside + ", and ReaderFirst does not write through"
                + " links. Choose another name; the draft is unchanged.", vm.statusProperty().get());
        assertEquals("not yours", Files.readString(outside));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void an_export_onto_a_dangling_link_creates_nothing_where_it_points() throws Exception {
        MainViewModel vm = open("Secret draft", ContentType.POST);
        Path outside = folder.resolve("elsewhere.txt");
        Path link = Files.createSymbolicLink(Files.createDirectory(folder.resolve("exports")).resolve("post.txt"), outside);

        CompletableFuture<Boolean> done = vm.models().export().exportTo(link, ExportFormat.LINKEDIN);
        window.runFxUntil(done::isDone);

        assertFalse(done.get());
        assertFalse(Files.exists(outside));
        assertEquals("Secret draft", vm.models().editor().textProperty().get());
    }

    @Test
    void the_save_dialog_suggests_a_page_for_an_article_and_text_for_the_rest() throws Exception {
        MainViewModel vm = open("text", ContentType.ARTICLE);
        assertEquals(ExportFormat.HTML, vm.models().export().suggestedFormat());
        vm.renameOpenDraft("Q3: what/why?");
        assertEquals("Q3 what why.html", vm.models().export().suggestedFileName(ExportFormat.HTML));
        vm.models().editor().typeProperty().set(ContentType.COMMENT);
        assertEquals(ExportFormat.LINKEDIN, vm.models().export().suggestedFormat());
    }
}
