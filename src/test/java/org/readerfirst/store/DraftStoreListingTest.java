package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;

/** The window's list: each draft with a short excerpt of its text, for a search around the words found. */
class DraftStoreListingTest {

    private static final int MOST = ListedDraft.EXCERPT_LIMIT + 2;

    @TempDir
    Path dir;

    private DraftStore store;

    @BeforeEach
    void openStore() throws StoreException {
        store = DraftStore.open(dir.resolve("readerfirst.db"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private Draft create(String title, String body) throws StoreException {
        return store.create(title, body, ContentType.POST, Language.AUTO);
    }

    private ListedDraft only(String search) throws StoreException {
        List<ListedDraft> found = store.listing(null, search);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private static String filler(int chars) {
        return "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(chars / 57 + 1).substring(0, chars);
    }

    @Test
    void the_list_has_the_summaries_in_their_order_with_the_opening_of_each_text() throws StoreException {
        Draft a = create("Short", "  \n\nThree things we changed.");
        Draft b = create("Long", filler(5_000));
        store.setStatus(a.id(), DraftStatus.READY);
        store.setTags(a.id(), List.of("support"));

        List<ListedDraft> listed = store.listing(null, null);
        assertEquals(store.summaries(null, null), listed.stream().map(ListedDraft::summary).toList());
        assertEquals(List.of(b.id(), a.id()), listed.stream().map(ListedDraft::id).toList());
        assertEquals("Three things we changed.", listed.get(1).excerpt(), "the opening starts at the first word");
        String opening = listed.get(0).excerpt();
        assertTrue(opening.startsWith("Lorem ipsum dolor"), opening);
        assertTrue(opening.endsWith("…"), opening);
        assertTrue(opening.length() <= MOST, opening.length() + " characters");
        assertEquals(List.of(a.id()), store.listing(DraftStatus.READY, null).stream().map(ListedDraft::id).toList());
    }

    @Test
    void a_search_cuts_the_excerpt_around_the_first_word_found_deep_in_a_long_text() throws StoreException {
        Draft finnish = create("Etätyö", filler(3_000) + " Kirjoitin työelämästä ja etätyöstä. " + filler(3_000));
        Draft english = create("Lessons", filler(2_000) + " Pricing is a promise. " + filler(2_000));

        ListedDraft found = only("työelämä");
        assertEquals(finnish.id(), found.id());
        assertTrue(found.excerpt().contains("Kirjoitin työelämästä ja etätyöstä."), found.excerpt());
        assertTrue(found.excerpt().startsWith("…") && found.excerpt().endsWith("…"), found.excerpt());
        assertTrue(found.excerpt().length() <= MOST, found.excerpt().length() + " characters");

        ListedDraft capitalised = only("pricing");
        assertEquals(english.id(), capitalised.id());
        assertTrue(capitalised.excerpt().contains("Pricing is a promise."), capitalised.excerpt());
        assertTrue(capitalised.excerpt().length() <= MOST, capitalised.excerpt());

        assertEquals(finnish.id(), only("TYÖELÄMÄSTÄ etätyö").id());
    }

    @Test
    void a_word_inside_an_earlier_word_does_not_move_the_excerpt_from_the_word_found() throws StoreException {
        create("Mentors", "Tormentors " + filler(1_000) + " my mentor said so. " + filler(500));
        assertTrue(only("mentor").excerpt().contains("my mentor said so."), only("mentor").excerpt());
    }

    @Test
    void a_draft_found_by_its_title_shows_the_opening_of_its_text() throws StoreException {
        create("Hinnoittelu", "Kolme asiaa, jotka opin. " + filler(1_000));
        assertTrue(only("hinnoittelu").excerpt().startsWith("Kolme asiaa, jotka opin."), only("hinnoittelu").excerpt());
    }

    @Test
    void a_search_without_words_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> store.listing(null, " ?! "));
    }

    @Test
    void a_lone_surrogate_shows_in_the_excerpt_and_the_text_still_round_trips() throws StoreException {
        String body = "Puolikas \ud83d emoji ja hinnoittelu.";
        Draft d = create("Rikki", body);
        assertEquals(body, store.listing(null, null).get(0).excerpt());
        assertEquals(body, only("hinnoittelu").excerpt());
        assertEquals(body, store.find(d.id()).orElseThrow().body());
    }

    @Test
    void an_escaped_character_cut_by_an_excerpt_leaves_nothing_of_its_escape() throws StoreException {
        // The opening is cut inside the escape of the lone surrogate at its hundredth character.
        String opening = "x".repeat(99) + "\ud800" + filler(300);
        Draft cutAtEnd = create("Lopussa", opening);
        String excerpt = store.listing(null, null).get(0).excerpt();
        assertEquals("x".repeat(99) + "…", excerpt);
        assertEquals(opening, store.find(cutAtEnd.id()).orElseThrow().body());
        store.delete(cutAtEnd.id());

        // The passage before the word found starts at every place in and around an escaped character.
        for (int pad = 25; pad <= 45; pad++) {
            String body = filler(300) + " q\ud800q " + "y".repeat(pad) + " hinnoittelu loppuu. " + filler(300);
            Draft d = create("Alussa " + pad, body);
            String found = only("hinnoittelu").excerpt();
            assertFalse(found.contains("\uffff") || found.contains("d800"), pad + ": " + found);
            assertTrue(found.contains("hinnoittelu loppuu."), pad + ": " + found);
            assertEquals(body, store.find(d.id()).orElseThrow().body());
            store.delete(d.id());
        }
    }
}
