package org.readerfirst.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.model.Audience;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.store.DraftStatus;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.ListedDraft;
import org.readerfirst.store.StoredAudience;
import org.readerfirst.ui.app.WindowHarness;

/** Searching, filtering, sorting and organising the drafts list, on a real database file. */
class DraftLibraryViewModelTest {

    private static RuleEngine engine;

    @TempDir
    Path folder;

    private WindowHarness window;
    private Draft article;
    private Draft finnish;
    private Draft idea;
    private StoredAudience finance;

    @BeforeAll
    static void loadRules() {
        engine = BuiltInRules.engine();
    }

    @BeforeEach
    void seed() throws Exception {
        Path db = folder.resolve("drafts.db");
        try (DraftStore store = DraftStore.open(db)) {
            article = store.create("Warehouses", "What we learned moving thirty warehouses.", ContentType.ARTICLE,
                    Language.ENGLISH);
            finnish = store.create("Työelämä", "Kirjoitin työelämästä ja etätyöstä.", ContentType.POST, Language.FINNISH);
            idea = store.create("Hiring", "Three things we changed in hiring.", ContentType.POST, Language.ENGLISH);
            store.setTags(article.id(), List.of("logistics", "launch"));
            store.setTags(finnish.id(), List.of("launch"));
            store.setStatus(idea.id(), DraftStatus.IDEA);
            finance = store.saveAudience(0, new Audience("Finance leads", "CFOs", List.of("cash flow"), Language.ENGLISH));
            store.setDraftAudience(article.id(), finance.id());
        }
        window = new WindowHarness(db, engine, () -> engine).open();
    }

    @AfterEach
    void close() {
        window.close();
    }

    private DraftLibraryViewModel library() {
        return window.vm.models().library();
    }

    private List<String> titles() {
        return window.vm.models().drafts().items().stream().map(i -> i.title()).toList();
    }

    private void settle() throws Exception {
        window.runFxUntil(() -> library().lastRefresh().isDone());
    }

    @Test
    void the_list_starts_with_every_draft_with_its_status_and_tags() {
        assertEquals(List.of("Hiring", "Työelämä", "Warehouses"), titles());
        DraftItem hiring = window.vm.models().drafts().find(idea.id()).orElseThrow();
        assertEquals(DraftStatus.IDEA, hiring.statusProperty().get());
        assertEquals(List.of("launch", "logistics"), library().tags());
    }

    @Test
    void the_list_holds_an_excerpt_of_each_text_and_never_a_whole_long_text() throws Exception {
        String longText = "Opening line of a long article.\n\n" + "Warehouse moves take planning. ".repeat(200)
                + "The last word is logistics.";
        window.store.save(article.withBody(longText, article.updated()));
        library().refresh();
        settle();
        for (DraftItem item : window.vm.models().drafts().items()) {
            assertTrue(item.row().excerpt().length() <= ListedDraft.EXCERPT_LIMIT + 2, item.row().excerpt());
        }
        DraftItem warehouses = window.vm.models().drafts().find(article.id()).orElseThrow();
        assertTrue(warehouses.row().excerpt().startsWith("Opening line of a long article."), warehouses.row().excerpt());

        library().searchProperty().set("logistics");
        settle();
        assertEquals(List.of("Warehouses"), titles());
        String found = window.vm.models().drafts().items().get(0).row().excerpt();
        assertTrue(found.contains("The last word is logistics."), found);
        assertTrue(found.length() <= ListedDraft.EXCERPT_LIMIT + 2, found);
    }

    @Test
    void opening_a_draft_reads_its_text_from_the_store() throws Exception {
        String later = "Written after the list was read.";
        window.store.save(article.withBody(later, article.updated()));
        DraftItem warehouses = window.vm.models().drafts().find(article.id()).orElseThrow();
        assertEquals("What we learned moving thirty warehouses.", warehouses.row().excerpt(), "the list as it was read");

        window.vm.models().drafts().select(warehouses);
        window.runFxUntil(() -> window.vm.models().editor().current().id() == article.id());

        assertEquals(later, window.vm.models().editor().textProperty().get());
    }

    @Test
    void a_duplicate_of_a_draft_that_is_not_open_copies_its_stored_text() throws Exception {
        DraftItem tyoelama = window.vm.models().drafts().find(finnish.id()).orElseThrow();
        assertTrue(window.vm.models().editor().current().id() != finnish.id());
        var opened = library().duplicate(tyoelama);
        window.runFxUntil(opened::isDone);

        assertEquals(finnish.body(), window.store.find(opened.get().id()).orElseThrow().body());
        assertEquals(Language.FINNISH, window.store.find(opened.get().id()).orElseThrow().language());
        assertEquals(finnish.body(), window.vm.models().editor().textProperty().get());
    }

    @Test
    void a_search_lists_only_the_matching_drafts_and_remembers_the_words() throws Exception {
        library().searchProperty().set("warehouse");
        settle();
        assertEquals(List.of("Warehouses"), titles());
        assertEquals(List.of("warehouse"), window.vm.models().drafts().items().get(0).searchWordsProperty().get());

        library().searchProperty().set("työelämä");
        settle();
        assertEquals(List.of("Työelämä"), titles(), "the base form finds the inflected 'työelämästä'");

        library().searchProperty().set("  ");
        settle();
        assertEquals(3, titles().size());
    }

    @Test
    void the_open_draft_stays_open_when_a_search_leaves_it_out() throws Exception {
        DraftItem open = window.vm.models().drafts().selected();
        library().searchProperty().set("warehouse");
        settle();
        assertEquals(open, window.vm.models().drafts().selected());
        assertEquals(open.id(), window.vm.models().editor().current().id());
    }

    @Test
    void filters_by_status_type_and_tag_and_sorts_by_creation() throws Exception {
        library().typeFilterProperty().set(ContentType.POST);
        settle();
        assertEquals(List.of("Hiring", "Työelämä"), titles());

        library().tagFilterProperty().set("launch");
        settle();
        assertEquals(List.of("Työelämä"), titles());

        library().typeFilterProperty().set(null);
        library().tagFilterProperty().set(null);
        library().statusFilterProperty().set(DraftStatus.IDEA);
        settle();
        assertEquals(List.of("Hiring"), titles());

        library().statusFilterProperty().set(null);
        window.store.save(article.withBody("Edited last.", Instant.now()));
        library().sortProperty().set(DraftLibraryViewModel.Sort.UPDATED);
        library().refresh();
        settle();
        assertEquals("Warehouses", titles().get(0));
        library().sortProperty().set(DraftLibraryViewModel.Sort.CREATED);
        settle();
        assertEquals(List.of("Hiring", "Työelämä", "Warehouses"), titles());
    }

    @Test
    void status_and_tags_set_in_the_list_are_stored() throws Exception {
        DraftItem hiring = window.vm.models().drafts().find(idea.id()).orElseThrow();
        library().setStatus(hiring, DraftStatus.READY);
        library().setTags(hiring, " people, hiring ,, people ");
        window.settle();
        settle();
        assertEquals(DraftStatus.READY, window.store.details(idea.id()).orElseThrow().status());
        assertEquals(List.of("people", "hiring"), window.store.details(idea.id()).orElseThrow().tags());
        assertEquals(List.of("hiring", "launch", "logistics", "people"), library().tags());
    }

    @Test
    void a_duplicate_has_the_same_type_language_tags_and_audience_and_opens() throws Exception {
        DraftItem source = window.vm.models().drafts().find(article.id()).orElseThrow();
        var opened = library().duplicate(source);
        window.runFxUntil(opened::isDone);
        DraftItem copy = opened.get();

        assertEquals("Warehouses (copy)", copy.title());
        assertEquals(copy, window.vm.models().drafts().selected());
        assertEquals(copy.id(), window.vm.models().editor().current().id());
        Draft stored = window.store.find(copy.id()).orElseThrow();
        assertEquals(article.body(), stored.body());
        assertEquals(ContentType.ARTICLE, stored.type());
        assertEquals(Language.ENGLISH, stored.language());
        assertEquals(List.of("logistics", "launch"), window.store.details(copy.id()).orElseThrow().tags());
        assertEquals(finance.id(), window.store.audienceOf(copy.id()).orElseThrow().id());
        assertTrue(copy.id() != article.id());
    }

    @Test
    void the_trash_restores_a_deleted_draft_and_empties_for_good() throws Exception {
        window.vm.models().drafts().select(window.vm.models().drafts().find(idea.id()).orElseThrow());
        window.vm.deleteOpenDraft();
        window.settle();
        assertEquals(2, titles().size());

        TrashViewModel trash = window.vm.models().trash();
        var loaded = trash.load();
        window.runFxUntil(loaded::isDone);
        assertEquals(List.of(idea.id()), trash.drafts().stream().map(Draft::id).toList());

        var restored = trash.restore(trash.drafts().get(0));
        window.runFxUntil(restored::isDone);
        settle();
        assertTrue(trash.drafts().isEmpty());
        assertTrue(titles().contains("Hiring"));

        window.vm.models().drafts().select(window.vm.models().drafts().find(finnish.id()).orElseThrow());
        window.vm.deleteOpenDraft();
        window.settle();
        var emptied = trash.empty();
        window.runFxUntil(emptied::isDone);
        assertTrue(trash.drafts().isEmpty());
        assertTrue(window.store.find(finnish.id()).isEmpty());
    }
}
