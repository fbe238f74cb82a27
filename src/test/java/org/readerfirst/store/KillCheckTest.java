package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;

/** The verdict of the kill test on databases and journals made to order. */
class KillCheckTest {

    @TempDir
    Path folder;

    private KillCheck.Journal journal(String text, String keystrokes) throws Exception {
        Path file = folder.resolve("journal");
        Files.writeString(file, "text " + text + "\n" + keystrokes, StandardCharsets.UTF_8);
        return KillCheck.Journal.read(file);
    }

    private Path databaseWith(String body) throws Exception {
        Path db = folder.resolve("drafts.db");
        try (DraftStore store = DraftStore.open(db)) {
            Draft d = store.create("Untitled", "", ContentType.POST, Language.AUTO);
            store.save(d.withBody(body, d.updated()));
        }
        return db;
    }

    @Test
    void the_age_is_of_the_oldest_unsaved_text_in_the_editor_and_the_lag_of_the_oldest_key_not_taken()
            throws Exception {
        KillCheck.Journal typed = journal("Hello there", "0 1000\neditor 1 1010\n1 1080\neditor 2 1090\n2 1160\n"
                + "editor 3 1170\n3 1240\neditor 4 1250\n4 1320\n5 1400\n");

        String verdict = KillCheck.verdict(databaseWith("Hel"), typed, 1900);

        assertEquals("ok typed=6 taken=4 saved=3 lost=3 age=650 lag=580", verdict);
    }

    @Test
    void nothing_unsaved_and_nothing_waiting_is_no_age_and_no_lag() throws Exception {
        KillCheck.Journal typed = journal("Hello there", "0 1000\neditor 1 1010\n1 1080\neditor 2 1090\n");

        assertEquals("ok typed=2 taken=2 saved=2 lost=0 age=0 lag=0",
                KillCheck.verdict(databaseWith("He"), typed, 1900));
    }

    @Test
    void a_line_cut_short_by_the_kill_is_not_counted() throws Exception {
        KillCheck.Journal typed = journal("Hello", "0 1000\neditor 1 1010\n1 1080\n2 10");

        assertEquals(2, typed.typed().size());
        assertEquals(1, typed.taken().size());
    }

    @Test
    void a_saved_text_that_was_never_typed_is_corrupt() throws Exception {
        KillCheck.Journal typed = journal("Hello there", "0 1000\n1 1080\n2 1160\n");

        assertTrue(KillCheck.verdict(databaseWith("Hex"), typed, 1900).startsWith("corrupt "));
        assertTrue(KillCheck.verdict(folder.resolve("drafts.db"), journal("He", "0 1000\n"), 1900)
                .startsWith("corrupt "), "more saved than typed");
    }

    @Test
    void a_file_that_is_not_a_database_is_corrupt() throws Exception {
        Path db = folder.resolve("drafts.db");
        Files.writeString(db, "not SQLite at all, just some text that is long enough to be read");

        assertTrue(KillCheck.verdict(db, journal("Hi", "0 1000\n"), 1900).startsWith("corrupt "));
    }
}
