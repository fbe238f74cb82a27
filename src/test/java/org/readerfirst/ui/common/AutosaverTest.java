package org.readerfirst.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.StoreException;

/** The autosave of a writer who types without pausing, on a real database file. */
class AutosaverTest {

    private static final Duration DELAY = Duration.ofMillis(100);
    /** Far more changes, each after a short sleep, than fit in one delay. */
    private static final int MANY_CHANGES = 500;

    @TempDir
    Path folder;

    private DraftStore store;
    private ScheduledExecutorService writer;
    private Autosaver saver;
    private final List<String> savedBodies = new CopyOnWriteArrayList<>();
    private final List<StoreException> failures = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() throws Exception {
        store = DraftStore.open(folder.resolve("drafts.db"));
        writer = Executors.newSingleThreadScheduledExecutor();
        saver = new Autosaver(new StoreWriter(store, writer, Runnable::run), DELAY, d -> savedBodies.add(d.body()),
                failures::add);
    }

    @AfterEach
    void close() throws Exception {
        saver.close();
        writer.shutdownNow();
        store.close();
    }

    @Test
    void a_draft_in_a_write_that_has_not_ended_is_still_unsaved() throws Exception {
        Draft draft = store.create("Closing", "", ContentType.POST, Language.ENGLISH);
        saver.changed(draft.withBody("Words the window must not drop.", draft.updated()));
        java.util.concurrent.CompletableFuture<Void> written;
        // The store's methods take its lock: holding it keeps the write between taking the draft and saving it.
        synchronized (store) {
            written = saver.saveNow();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (writerIsIdle() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertTrue(saver.hasPending(), "a draft taken by a write that has not ended is not saved yet");
        }
        written.get(10, TimeUnit.SECONDS);
        assertFalse(saver.hasPending());
        assertEquals(List.of("Words the window must not drop."), savedBodies);
    }

    /** Until the writer thread is blocked on the store, the write has not taken the draft. */
    private boolean writerIsIdle() {
        return Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getState() == Thread.State.BLOCKED
                && java.util.Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getClassName().endsWith("DraftStore")));
    }

    @Test
    void a_draft_that_keeps_changing_is_written_while_the_changes_go_on() throws Exception {
        Draft draft = store.create("Typing", "", ContentType.POST, Language.ENGLISH);
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < MANY_CHANGES && savedBodies.isEmpty(); i++) {
            typed.append('a');
            saver.changed(draft.withBody(typed.toString(), draft.updated()));
            Thread.sleep(10);
        }

        assertFalse(savedBodies.isEmpty(), "nothing was written while the draft kept changing");
        String stored = store.find(draft.id()).orElseThrow().body();
        assertTrue(typed.toString().startsWith(stored) && !stored.isEmpty(), stored);
        assertTrue(failures.isEmpty());
    }

    @Test
    void the_last_change_is_written_once_the_changes_stop() throws Exception {
        Draft draft = store.create("Typing", "", ContentType.POST, Language.ENGLISH);
        for (String body : List.of("O", "On", "One", "One more")) {
            saver.changed(draft.withBody(body, draft.updated()));
        }

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!savedBodies.contains("One more") && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals("One more", store.find(draft.id()).orElseThrow().body());
        assertFalse(saver.hasPending());
    }

    @Test
    void a_change_after_a_write_is_written_by_the_next_one() throws Exception {
        Draft draft = store.create("Typing", "", ContentType.POST, Language.ENGLISH);
        saver.changed(draft.withBody("First", draft.updated()));
        saver.saveNow().get(5, TimeUnit.SECONDS);
        saver.changed(draft.withBody("First and second", draft.updated()));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!savedBodies.contains("First and second") && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(List.of("First", "First and second"), savedBodies);
        assertEquals("First and second", store.find(draft.id()).orElseThrow().body());
    }
}
