package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;

class DraftStoreSearchTest {

    @TempDir
    Path dir;

    private DraftStore store;
    private Draft finnish;
    private Draft english;

    @BeforeEach
    void openStore() throws StoreException {
        store = DraftStore.open(dir.resolve("readerfirst.db"));
        finnish = store.create("Työelämästä", "Etätyö muutti tiimimme päiviä. Säästimme aikaa.",
                ContentType.POST, Language.FINNISH);
        english = store.create("Support rota", "Three things we changed in our support rota.",
                ContentType.POST, Language.ENGLISH);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private List<Draft> search(String text) throws StoreException {
        return store.listDetails(null, text).stream().map(DraftDetails::draft).toList();
    }

    @Test
    void the_words_of_the_library_are_those_of_several_drafts_and_follow_edits() throws StoreException {
        store.create("Rota", "Our support rota again: three people, one Netvisor report.", ContentType.POST,
                Language.ENGLISH);
        assertEquals(List.of("our", "rota", "support", "three"), List.copyOf(store.words(2, 10)));
        assertEquals(List.of("our", "rota"), List.copyOf(store.words(2, 2)));
        store.save(english.withBody("Netvisor again.", java.time.Instant.now()));
        assertEquals(List.of("again", "netvisor", "rota", "support"), List.copyOf(store.words(2, 10)));
    }

    @Test
    void finnish_and_english_words_are_found_in_title_and_body() throws StoreException {
        assertEquals(List.of(finnish), search("etätyö"));
        assertEquals(List.of(finnish), search("TYÖELÄMÄSTÄ"));
        assertEquals(List.of(english), search("rota"));
        assertEquals(List.of(english), search("Changed support"));
    }

    @Test
    void a_base_form_finds_its_inflections_but_umlauts_are_not_plain_letters() throws StoreException {
        assertEquals(List.of(finnish), search("työelämä"));
        assertEquals(List.of(finnish), search("säästi"));
        assertEquals(List.of(), search("tyoelama"));
    }

    @Test
    void every_word_must_be_present() throws StoreException {
        assertEquals(List.of(), search("rota etätyö"));
    }

    @Test
    void search_syntax_in_the_words_is_read_as_plain_text() throws StoreException {
        assertEquals(List.of(english), search("\"support\" (rota"));
        assertEquals(List.of(english), search("rota: support*"));
        assertThrows(IllegalArgumentException.class, () -> search("  \"* "));
    }

    @Test
    void the_index_follows_edits_deletes_and_the_trash() throws StoreException {
        store.save(english.withBody("Four changes to how we staff weekends.", english.updated()));
        assertEquals(List.of(), search("rota three"));
        assertEquals(List.of(english.id()), search("weekends").stream().map(Draft::id).toList());

        store.trash(finnish.id());
        assertEquals(List.of(), search("etätyö"));
        store.restore(finnish.id());
        assertEquals(List.of(finnish), search("etätyö"));

        store.delete(finnish.id());
        assertEquals(List.of(), search("etätyö"));
    }

    @Test
    void search_and_status_combine() throws StoreException {
        store.setStatus(english.id(), DraftStatus.READY);

        assertEquals(List.of(english), store.listDetails(DraftStatus.READY, "rota").stream()
                .map(DraftDetails::draft).toList());
        assertEquals(List.of(), store.listDetails(DraftStatus.DRAFT, "rota"));
    }
}
