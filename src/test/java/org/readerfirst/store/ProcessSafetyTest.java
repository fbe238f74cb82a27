package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;

/** Real second processes: one killed mid-save, one trying to open a window on a database already open. */
class ProcessSafetyTest {

    @TempDir
    Path dir;

    @Test
    void every_save_reported_before_a_sigkill_is_in_the_file_and_the_file_is_intact() throws Exception {
        Path db = dir.resolve("readerfirst.db");
        int[] killAfter = {5, 40, 17, 80};
        for (int round = 0; round < killAfter.length; round++) {
            Process child = ChildJvm.start("save-loop", db);
            List<Integer> saved = new ArrayList<>();
            try (BufferedReader out = ChildJvm.output(child)) {
                String line;
                while (saved.size() < killAfter[round] && (line = out.readLine()) != null) {
                    saved.add(Integer.parseInt(line.substring("saved ".length())));
                }
                child.destroyForcibly();
                assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the child ended");
            }
            assertEquals(killAfter[round], saved.size(), "the child saved before it was killed");

            try (DraftStore store = DraftStore.open(db)) {
                assertEquals("ok", store.maintenance().integrityCheck());
                Map<String, Draft> byTitle = store.list().stream()
                        .collect(Collectors.toMap(Draft::title, Function.identity(), (a, b) -> a));
                for (int n : saved) {
                    Draft d = byTitle.get("draft " + n);
                    assertTrue(d != null, "round " + round + ": draft " + n + " is missing");
                    assertEquals(ChildJvm.body(n), d.body(), "round " + round + ": draft " + n);
                }
                // Next round's child starts counting at 0 again; clear the titles it will reuse.
                for (Draft d : store.list()) {
                    store.delete(d.id());
                }
            }
        }
    }

    @Test
    void a_second_process_is_told_the_database_is_in_use_while_the_first_holds_it() throws Exception {
        Path db = dir.resolve("readerfirst.db");
        try (InstanceLock lock = InstanceLock.acquire(db)) {
            assertEquals("locked", runToEnd(ChildJvm.start("try-lock", db)));
        }
        assertEquals("acquired", runToEnd(ChildJvm.start("try-lock", db)));
    }

    @Test
    void the_lock_of_a_killed_process_is_free_at_once() throws Exception {
        Path db = dir.resolve("readerfirst.db");
        Process holder = ChildJvm.start("hold-lock", db);
        try (BufferedReader out = ChildJvm.output(holder)) {
            assertEquals("holding", out.readLine());
            StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                    () -> InstanceLock.acquire(db));
            assertEquals(StoreException.Kind.LOCKED, e.kind());
            assertTrue(e.getMessage().contains(db.toString()), e.getMessage());
        } finally {
            holder.destroyForcibly();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        InstanceLock.acquire(db).close();
    }

    @Test
    void the_same_process_cannot_take_the_lock_twice_and_can_after_releasing_it() throws Exception {
        Path db = dir.resolve("readerfirst.db");
        InstanceLock first = InstanceLock.acquire(db);
        StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                () -> InstanceLock.acquire(db));
        assertEquals(StoreException.Kind.LOCKED, e.kind());
        first.close();
        InstanceLock.acquire(db).close();
    }

    @Test
    void two_connections_writing_at_once_lose_nothing_and_leave_the_file_intact() throws Exception {
        Path db = dir.resolve("readerfirst.db");
        try (DraftStore a = DraftStore.open(db); DraftStore b = DraftStore.open(db)) {
            Thread other = new Thread(() -> writeMany(b, "b"));
            other.start();
            writeMany(a, "a");
            other.join();
            assertEquals(400, a.list().size());
            assertEquals(a.list(), b.list());
            assertEquals("ok", a.maintenance().integrityCheck());
        }
    }

    private static void writeMany(DraftStore store, String who) {
        try {
            for (int i = 0; i < 200; i++) {
                Draft d = store.create(who + i, "", ContentType.POST, Language.ENGLISH);
                store.save(d.withBody("text " + who + i, d.updated()));
            }
        } catch (StoreException e) {
            throw new AssertionError(e);
        }
    }

    private static String runToEnd(Process p) throws Exception {
        try (BufferedReader out = ChildJvm.output(p)) {
            String line = out.readLine();
            assertTrue(p.waitFor(20, TimeUnit.SECONDS));
            return line;
        }
    }
}
