package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;

/** The verdicts a report keeps stay with their drafts, one a draft, and go with them. */
class DraftStoreVerdictsTest {

    @TempDir
    Path dir;

    private DraftStore store;
    private Draft post;
    private Draft note;

    @BeforeEach
    void open() throws StoreException {
        store = DraftStore.open(dir.resolve("readerfirst.db"));
        post = store.create("Pricing", "Three things about pricing.", ContentType.POST, Language.ENGLISH);
        note = store.create("Hi", "Hi Ada, great talk!", ContentType.CONNECTION_NOTE, Language.ENGLISH);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void a_kept_verdict_is_read_back_and_a_new_one_replaces_it() throws StoreException {
        store.keepVerdicts(List.of(new KeptVerdict(post.id(), "a", "90||"), new KeptVerdict(note.id(), "b", "60|template-message|great talk")));
        store.keepVerdicts(List.of(new KeptVerdict(post.id(), "c", "100||")));

        assertEquals(Map.of(post.id(), new KeptVerdict(post.id(), "c", "100||"),
                note.id(), new KeptVerdict(note.id(), "b", "60|template-message|great talk")), store.keptVerdicts());
    }

    @Test
    void a_deleted_draft_takes_its_verdict_with_it_and_a_missing_one_gets_none() throws StoreException {
        store.keepVerdicts(List.of(new KeptVerdict(post.id(), "a", "90||"), new KeptVerdict(note.id(), "b", "80||")));
        store.delete(note.id());
        store.keepVerdicts(List.of(new KeptVerdict(9_999, "x", "50||")));

        assertEquals(Map.of(post.id(), new KeptVerdict(post.id(), "a", "90||")), store.keptVerdicts());
    }

    @Test
    void emptying_the_trash_drops_the_verdicts_of_what_it_held() throws StoreException {
        store.keepVerdicts(List.of(new KeptVerdict(post.id(), "a", "90||")));
        store.trash(post.id());
        store.emptyTrash();

        assertEquals(Map.of(), store.keptVerdicts());
    }
}
