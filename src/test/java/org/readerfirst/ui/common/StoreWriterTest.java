package org.readerfirst.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.store.DraftStatus;
import org.readerfirst.store.DraftStore;

/** The window's one way to the database, on a real database file. */
class StoreWriterTest {

    @TempDir
    Path folder;

    private DraftStore store;
    private StoreWriter writer;

    @BeforeEach
    void open() throws Exception {
        store = DraftStore.open(folder.resolve("drafts.db"));
        writer = new StoreWriter(store, Executors.newSingleThreadScheduledExecutor(), Runnable::run);
    }

    @AfterEach
    void close() {
        writer.close(Duration.ofSeconds(5));
        store.close();
    }

    @Test
    void writes_run_one_after_another_in_the_order_asked_for() throws Exception {
        List<String> titles = new CopyOnWriteArrayList<>();
        for (String title : List.of("First", "Second", "Third")) {
            writer.submit(s -> s.create(title, "", ContentType.POST, Language.ENGLISH))
                    .thenAccept(d -> titles.add(d.title()));
        }
        List<String> stored = writer.submit(s -> s.list().stream().map(Draft::title).sorted().toList())
                .get(10, TimeUnit.SECONDS);
        assertEquals(List.of("First", "Second", "Third"), titles);
        assertEquals(List.of("First", "Second", "Third"), stored);
    }

    @Test
    void a_write_that_fails_is_taken_back_and_explained() throws Exception {
        AtomicBoolean undone = new AtomicBoolean();
        CompletableFuture<Throwable> told = new CompletableFuture<>();
        writer.writeOrUndo(s -> {
            s.setStatus(999, DraftStatus.PUBLISHED);
            return null;
        }, () -> undone.set(true), told::complete);
        Throwable error = told.get(10, TimeUnit.SECONDS);
        assertTrue(undone.get());
        assertInstanceOf(NoSuchElementException.class, error);
    }

    @Test
    void a_setting_is_written_in_order_with_the_other_writes() throws Exception {
        writer.writeSettingOrUndo("ui.test", "yes", () -> { }, e -> { });
        assertEquals("yes", writer.submit(s -> s.setting("ui.test").orElseThrow()).get(10, TimeUnit.SECONDS));
    }

    @Test
    void closing_lets_the_writes_asked_for_finish_first() throws Exception {
        CompletableFuture<?> last = writer.submit(s -> s.create("Last", "", ContentType.POST, Language.ENGLISH));
        writer.close(Duration.ofSeconds(5));
        assertTrue(last.isDone());
        assertEquals(List.of("Last"), store.list().stream().map(Draft::title).toList());
    }
}
