package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;

class DraftStoreSourceTest {

    @TempDir
    Path dir;

    @Test
    void a_source_is_kept_with_its_draft_across_a_reopening() throws Exception {
        Path file = dir.resolve("readerfirst.db");
        DraftSource source = new DraftSource("Teams that write down their decisions ship faster.\nÄäkköset 🚀",
                "Why decision logs matter", List.of("Anna Virtanen", "Example Weekly"), "https://example.com/a", true);
        long id;
        long other;
        try (DraftStore store = DraftStore.open(file)) {
            id = store.create("Logs", "", ContentType.POST, Language.ENGLISH).id();
            other = store.create("Other", "", ContentType.POST, Language.ENGLISH).id();
            store.putSource(id, source);
        }
        try (DraftStore store = DraftStore.open(file)) {
            assertEquals(Optional.of(source), store.source(id));
            assertEquals(Optional.empty(), store.source(other));
        }
    }

    @Test
    void putting_a_source_again_replaces_it_and_the_pane_flag_goes_with_it() throws Exception {
        try (DraftStore store = DraftStore.open(dir.resolve("readerfirst.db"))) {
            long id = store.create("Logs", "", ContentType.POST, Language.ENGLISH).id();
            store.putSource(id, DraftSource.empty(true));
            DraftSource pasted = new DraftSource("Pasted text", "", List.of(), "", true);
            store.putSource(id, pasted);
            store.putSource(id, pasted.withPaneOpen(false));
            assertEquals(Optional.of(pasted.withPaneOpen(false)), store.source(id));
        }
    }

    @Test
    void a_lone_surrogate_in_the_source_comes_back_as_it_was() throws Exception {
        try (DraftStore store = DraftStore.open(dir.resolve("readerfirst.db"))) {
            long id = store.create("Logs", "", ContentType.POST, Language.ENGLISH).id();
            DraftSource broken = new DraftSource("half \uD83D of an emoji", "t\uDE80", List.of(), "", false);
            store.putSource(id, broken);
            assertEquals(Optional.of(broken), store.source(id));
        }
    }

    @Test
    void the_source_goes_when_the_draft_is_deleted_and_a_missing_draft_is_refused() throws Exception {
        Path file = dir.resolve("readerfirst.db");
        try (DraftStore store = DraftStore.open(file)) {
            long id = store.create("Logs", "", ContentType.POST, Language.ENGLISH).id();
            store.putSource(id, new DraftSource("Source", "", List.of(), "", true));
            store.delete(id);
            assertEquals(Optional.empty(), store.source(id));
            assertThrows(NoSuchElementException.class, () -> store.putSource(id, DraftSource.empty(false)));
        }
        assertTrue(RawSql.rows(file, "SELECT draft_id FROM sources").isEmpty());
    }
}
