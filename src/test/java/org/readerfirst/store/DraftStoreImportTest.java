package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Publication;

/** Texts published elsewhere come in as published drafts with their publications, each once. */
class DraftStoreImportTest {

    private static final Instant NOW = Instant.parse("2026-01-10T12:00:00Z");
    private static final ImportedText POST = new ImportedText("linkedin:post:https://example.com/p/1",
            "Kolme asiaa hinnoittelusta", "Kolme asiaa hinnoittelusta.\n\nEnsimmäinen on rohkeus.",
            ContentType.POST, Language.FINNISH, Instant.parse("2025-04-05T10:11:12.345678Z"));
    private static final ImportedText NOTE = new ImportedText("linkedin:connection-note:2025-04-06T09:30:00Z:ab12",
            "Hi Ada, we met at the meetup", "Hi Ada, we met at the meetup. Let's stay in touch!",
            ContentType.CONNECTION_NOTE, Language.ENGLISH, Instant.parse("2025-04-06T09:30:00Z"));

    @TempDir
    Path dir;

    private DraftStore store;
    private Draft own;

    @BeforeEach
    void open() throws StoreException {
        store = DraftStore.open(dir.resolve("readerfirst.db"), new ManualClock(NOW));
        own = store.create("Idea", "Something of my own.", ContentType.POST, Language.ENGLISH);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void an_imported_text_is_a_published_draft_logged_at_the_time_it_was_published() throws StoreException {
        List<Draft> added = store.importPublished(List.of(POST, NOTE));

        assertEquals(2, added.size());
        Draft post = store.find(added.get(0).id()).orElseThrow();
        Instant at = Instant.parse("2025-04-05T10:11:12.345Z");
        assertEquals(new Draft(post.id(), POST.title(), POST.body(), ContentType.POST, Language.FINNISH, at, at), post);
        assertEquals(post, added.get(0));
        assertEquals(DraftStatus.PUBLISHED, store.details(post.id()).orElseThrow().status());
        assertEquals(List.of(new Publication(post.id(), ContentType.POST, at),
                new Publication(added.get(1).id(), ContentType.CONNECTION_NOTE, NOTE.published())),
                store.publishingLog().publications());
    }

    @Test
    void importing_the_same_texts_again_adds_nothing() throws StoreException {
        store.importPublished(List.of(POST));
        List<Draft> before = store.list();

        assertEquals(List.of(), store.importPublished(List.of(POST)));
        assertEquals(before, store.list());
        assertEquals(1, store.publishingLog().publications().size());
    }

    @Test
    void only_the_texts_never_imported_before_are_added() throws StoreException {
        store.importPublished(List.of(POST));

        List<Draft> added = store.importPublished(List.of(POST, NOTE));

        assertEquals(List.of(NOTE.body()), added.stream().map(Draft::body).toList());
        assertEquals(3, store.list().size());
    }

    @Test
    void a_key_repeated_in_one_import_adds_its_first_text_only() throws StoreException {
        ImportedText again = new ImportedText(POST.key(), "Other", "Other text.", ContentType.POST, Language.ENGLISH,
                POST.published());

        assertEquals(List.of(POST.body()), store.importPublished(List.of(POST, again)).stream().map(Draft::body).toList());
    }

    @Test
    void a_text_the_writer_deleted_is_not_brought_back_by_the_next_import() throws StoreException {
        Draft post = store.importPublished(List.of(POST)).get(0);
        store.trash(post.id());
        store.emptyTrash();

        assertEquals(List.of(), store.importPublished(List.of(POST)));
        assertEquals(List.of(own), store.list());
    }

    @Test
    void an_import_that_fails_adds_nothing_and_changes_nothing() throws Exception {
        List<Draft> before = store.list();
        StoreFaults.fillDisk(store);
        String longText = "Pitkä teksti, joka ei mahdu levylle. ".repeat(2_000);
        List<ImportedText> many = List.of(POST, new ImportedText("linkedin:post:big", "Big", longText,
                ContentType.POST, Language.FINNISH, POST.published()));

        StoreException e = assertThrows(StoreException.class, () -> store.importPublished(many));
        StoreFaults.freeDisk(store);

        assertEquals(StoreException.Kind.FULL, e.kind());
        assertEquals(before, store.list());
        assertEquals(List.of(), store.publishingLog().publications());
        assertEquals(1, store.importPublished(List.of(POST)).size());
    }
}
