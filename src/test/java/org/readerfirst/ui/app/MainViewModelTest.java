package org.readerfirst.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.StoreFaults;
import org.readerfirst.ui.library.DraftItem;

/**
 * The window's commands on a real database file, without a stage. What the app would post to the FX
 * thread is queued here and run by the test thread, so every step is in a known order.
 */
class MainViewModelTest {

    private static RuleEngine engine;

    @TempDir
    Path folder;

    private final BlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
    private DraftStore store;
    private MainViewModel vm;

    @BeforeAll
    static void loadRules() {
        engine = BuiltInRules.engine();
    }

    private Path db() {
        return folder.resolve("drafts.db");
    }

    private MainViewModel open() throws Exception {
        store = DraftStore.open(db());
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
        vm = new MainViewModel(store, engine, () -> engine, Runnable::run, writer, fxQueue::add, Duration.ofMillis(50));
        vm.start();
        return vm;
    }

    private void closeAndReopen() throws Exception {
        vm.shutdown(null);
        runFx();
        open();
    }

    @AfterEach
    void close() {
        if (vm != null) {
            vm.shutdown(null);
        }
    }

    /** Runs what was posted to the "FX thread" until the condition holds. */
    private void runFxUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            Runnable r = fxQueue.poll(50, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
        }
    }

    private void runFx() {
        Runnable r;
        while ((r = fxQueue.poll()) != null) {
            r.run();
        }
    }

    private void typeInto(MainViewModel m, String text) {
        m.models().editor().textProperty().set(m.models().editor().textProperty().get() + text);
    }

    @Test
    void an_empty_database_starts_with_one_untitled_draft_open() throws Exception {
        open();
        assertEquals(1, vm.models().drafts().items().size());
        assertEquals("Untitled", vm.models().editor().current().title());
        assertEquals("", vm.models().editor().textProperty().get());
        assertEquals(1, store.list().size());
    }

    @Test
    void typing_is_saved_after_a_pause_and_the_status_says_when() throws Exception {
        open();
        long id = vm.models().editor().current().id();
        typeInto(vm, "First thoughts");
        runFxUntil(() -> vm.statusProperty().get().startsWith("Saved "));
        assertEquals("First thoughts", store.find(id).orElseThrow().body());
        assertFalse(vm.statusIsErrorProperty().get());
    }

    @Test
    void closing_saves_the_last_keystrokes_without_waiting_for_the_pause() throws Exception {
        open();
        typeInto(vm, "Typed just before closing");
        closeAndReopen();
        assertEquals("Typed just before closing", vm.models().editor().textProperty().get());
    }

    @Test
    void a_restart_opens_the_draft_that_was_open_last() throws Exception {
        open();
        vm.newDraft();
        runFxUntil(() -> vm.models().drafts().items().size() == 2);
        long second = vm.models().editor().current().id();
        typeInto(vm, "The second one");
        DraftItem first = vm.models().drafts().items().get(1);
        vm.models().drafts().select(first);
        vm.models().drafts().select(vm.models().drafts().find(second).orElseThrow());

        closeAndReopen();

        assertEquals(second, vm.models().editor().current().id());
        assertEquals("The second one", vm.models().editor().textProperty().get());
    }

    @Test
    void switching_drafts_saves_the_one_left_and_loads_the_other() throws Exception {
        open();
        long first = vm.models().editor().current().id();
        vm.newDraft();
        runFxUntil(() -> vm.models().drafts().items().size() == 2);
        typeInto(vm, "Body of the new one");

        vm.models().drafts().select(vm.models().drafts().find(first).orElseThrow());
        runFxUntil(() -> vm.models().editor().current().id() == first);

        assertEquals("", vm.models().editor().textProperty().get());
        runFxUntil(() -> vm.statusProperty().get().startsWith("Saved "));
        assertEquals("Body of the new one", store.list().stream()
                .filter(d -> d.id() != first).findFirst().orElseThrow().body());
    }

    @Test
    void opening_a_draft_saves_nothing_by_itself() throws Exception {
        open();
        Draft stored = store.list().get(0);
        vm.saveNow();
        runFx();
        Thread.sleep(150); // longer than the autosave pause: nothing may be written meanwhile
        runFx();
        assertEquals(stored.updated(), store.find(stored.id()).orElseThrow().updated());
    }

    @Test
    void renaming_changes_the_list_row_and_the_stored_title() throws Exception {
        open();
        vm.renameOpenDraft("  Note to Anna ");
        runFxUntil(() -> vm.statusProperty().get().startsWith("Saved "));
        assertEquals("Note to Anna", vm.models().drafts().selected().title());
        assertEquals("Note to Anna", store.list().get(0).title());
    }

    @Test
    void deleting_the_open_draft_moves_it_to_the_trash_and_opens_its_neighbour() throws Exception {
        open();
        vm.models().editor().typeProperty().set(ContentType.COMMENT);
        vm.newDraft();
        runFxUntil(() -> vm.models().drafts().items().size() == 2);
        assertEquals(ContentType.COMMENT, vm.models().editor().current().type());
        long doomed = vm.models().editor().current().id();

        vm.deleteOpenDraft();
        runFxUntil(() -> {
            try {
                return store.trashed().stream().anyMatch(d -> d.id() == doomed);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        runFx();

        assertEquals(1, vm.models().drafts().items().size());
        assertTrue(vm.models().editor().current().id() != doomed);
    }

    @Test
    void deleting_the_last_draft_leaves_a_fresh_empty_one() throws Exception {
        open();
        vm.models().editor().textProperty().set("Soon gone");
        vm.deleteOpenDraft();
        assertEquals(null, vm.models().editor().current());
        runFxUntil(() -> vm.models().editor().current() != null);
        assertEquals("", vm.models().editor().textProperty().get());
        assertEquals(List.of(vm.models().editor().current().id()), store.list().stream().map(Draft::id).toList());
        assertEquals("", store.list().get(0).body());
    }

    @Test
    void closing_while_a_new_draft_is_being_made_ends_quietly_and_keeps_it() throws Exception {
        open();
        int before = store.list().size();
        var made = vm.newDraft();
        vm.shutdown(null);
        // What the writer reports after the window closed must not reach for the closed store.
        runFx();
        assertTrue(made.isCancelled(), "the new draft is not opened in a closed window");
        try (DraftStore again = DraftStore.open(folder.resolve("drafts.db"))) {
            assertEquals(before + 1, again.list().size(), "the draft made as the window closed is kept");
        }
        vm = null;
    }

    @Test
    void a_failed_save_says_so_and_keeps_the_text() throws Exception {
        open();
        store.close(); // the disk went away under the app
        typeInto(vm, "Do not lose me");
        runFxUntil(() -> vm.statusIsErrorProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Not saved: "), vm.statusProperty().get());
        assertEquals("Do not lose me", vm.models().editor().textProperty().get());
    }

    @Test
    void a_full_disk_is_told_at_once_the_text_stays_and_saving_resumes_by_itself() throws Exception {
        open();
        vm.retryFailedSavesAfter(Duration.ofMillis(100));
        long id = vm.models().editor().current().id();
        StoreFaults.fillDisk(store);
        String text = "A paragraph that needs room on the disk.\n\n".repeat(500);

        typeInto(vm, text);
        runFxUntil(() -> vm.statusIsErrorProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Not saved: the disk that holds " + store.file() + " is full"),
                vm.statusProperty().get());
        assertEquals(text, vm.models().editor().textProperty().get());
        assertEquals("", store.find(id).orElseThrow().body());

        StoreFaults.freeDisk(store);
        runFxUntil(() -> vm.statusProperty().get().startsWith("Saved "));
        assertFalse(vm.statusIsErrorProperty().get());
        assertEquals(text, store.find(id).orElseThrow().body());
    }

    @Test
    void a_read_only_database_is_told_at_once_and_saving_resumes_once_it_may_write() throws Exception {
        open();
        vm.retryFailedSavesAfter(Duration.ofMillis(100));
        long id = vm.models().editor().current().id();
        StoreFaults.makeReadOnly(store);

        typeInto(vm, "Written while the folder was read-only");
        runFxUntil(() -> vm.statusIsErrorProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Not saved: " + store.file() + " or its folder is read-only"),
                vm.statusProperty().get());
        assertEquals("Written while the folder was read-only", vm.models().editor().textProperty().get());

        StoreFaults.makeWritable(store);
        runFxUntil(() -> vm.statusProperty().get().startsWith("Saved "));
        assertEquals("Written while the folder was read-only", store.find(id).orElseThrow().body());
    }

    @Test
    void the_window_layout_is_remembered_across_restarts() throws Exception {
        open();
        WindowLayout layout = new WindowLayout(10, 20, 1000, 700, false, List.of(0.25, 0.7));
        vm.shutdown(layout);
        runFx();
        open();
        assertEquals(layout, vm.savedLayout().orElseThrow());
        assertEquals(Language.AUTO, vm.models().editor().languageProperty().get());
    }
}
