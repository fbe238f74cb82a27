package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.store.StoreException.Kind;

/** A full disk and a read-only file while saving, made by SQLite itself on a real file. */
class DraftStoreFaultsTest {

    @TempDir
    Path dir;

    private DraftStore store;

    @BeforeEach
    void open() throws StoreException {
        store = DraftStore.open(dir.resolve("readerfirst.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Text long enough that the file has to grow to hold it. */
    private static String longText(String line) {
        return (line + "\n").repeat(2_000);
    }

    @Test
    void a_full_disk_refuses_the_save_in_plain_words_and_keeps_what_was_saved() throws Exception {
        Draft kept = store.create("Kept", "Saved before the disk filled.", ContentType.POST, Language.ENGLISH);
        Draft other = store.create("Other", "Untouched.", ContentType.POST, Language.ENGLISH);
        StoreFaults.fillDisk(store);

        Draft grown = new Draft(kept.id(), "Kept", longText("This will not fit."), kept.type(), kept.language(),
                kept.created(), kept.updated());
        StoreException e = assertThrows(StoreException.class, () -> store.save(grown));

        assertEquals(Kind.FULL, e.kind());
        assertTrue(e.getMessage().endsWith(": the disk is full."), e.getMessage());
        assertTrue(e.getMessage().contains(store.file().toString()), e.getMessage());
        assertEquals("Saved before the disk filled.", store.find(kept.id()).orElseThrow().body());
        assertEquals("Untouched.", store.find(other.id()).orElseThrow().body());
        assertEquals("ok", store.maintenance().integrityCheck());

        StoreFaults.freeDisk(store);
        store.save(grown);
        assertEquals(grown.body(), store.find(kept.id()).orElseThrow().body());
    }

    @Test
    void a_read_only_file_refuses_the_save_and_the_drafts_can_still_be_read() throws Exception {
        Draft kept = store.create("Kept", "Saved before.", ContentType.POST, Language.ENGLISH);
        StoreFaults.makeReadOnly(store);

        Draft changed = new Draft(kept.id(), "Kept", "Changed.", kept.type(), kept.language(),
                kept.created(), kept.updated());
        StoreException e = assertThrows(StoreException.class, () -> store.save(changed));

        assertEquals(Kind.UNWRITABLE, e.kind());
        assertTrue(e.getMessage().endsWith(": the file or its folder is read-only."), e.getMessage());
        assertEquals("Saved before.", store.find(kept.id()).orElseThrow().body());
        assertThrows(StoreException.class, () -> store.putSetting("theme", "dark"));
        assertThrows(StoreException.class, () -> store.create("New", "", ContentType.POST, Language.AUTO));
        assertEquals(1, store.list().size());

        StoreFaults.makeWritable(store);
        store.save(changed);
        assertEquals("Changed.", store.find(kept.id()).orElseThrow().body());
    }
}
