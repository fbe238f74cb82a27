package org.readerfirst.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.store.DraftStore;
import org.readerfirst.ui.library.DraftItem;

/** A second draft beside the first: its own text and choices, saved like the first, one draft per editor. */
class BesideViewModelTest {

    private static RuleEngine engine;

    @TempDir
    Path folder;

    private WindowHarness window;
    private Draft article;
    private Draft post;

    @BeforeAll
    static void loadRules() {
        engine = BuiltInRules.engine();
    }

    @BeforeEach
    void seed() throws Exception {
        Path db = folder.resolve("drafts.db");
        try (DraftStore store = DraftStore.open(db)) {
            article = store.create("Article", "The long piece.", ContentType.ARTICLE, Language.ENGLISH);
            post = store.create("Post", "The short one.", ContentType.POST, Language.ENGLISH);
            store.putSetting(MainViewModel.LAST_DRAFT, Long.toString(article.id()));
        }
        window = new WindowHarness(db, engine, () -> engine).open();
    }

    @AfterEach
    void close() {
        window.close();
    }

    private DraftItem item(Draft d) {
        return window.vm.models().drafts().find(d.id()).orElseThrow();
    }

    @Test
    void the_draft_beside_has_its_own_text_and_its_edits_are_saved() throws Exception {
        window.vm.openBeside(item(post));
        window.settle();
        BesideViewModel beside = window.vm.besideProperty().get();
        assertEquals("The short one.", beside.editor().textProperty().get());
        assertEquals(article.id(), window.vm.models().editor().current().id());

        beside.editor().textProperty().set("The short one, announcing the long one.");
        window.runFxUntil(() -> {
            try {
                return window.store.find(post.id()).orElseThrow().body().startsWith("The short one, announcing");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertEquals("The short one, announcing the long one.", item(post).row().excerpt());
        assertEquals("The long piece.", window.store.find(article.id()).orElseThrow().body());
    }

    @Test
    void the_open_draft_cannot_open_beside_itself() {
        window.vm.openBeside(item(article));
        assertNull(window.vm.besideProperty().get());
    }

    @Test
    void opening_the_draft_beside_in_the_main_editor_closes_the_second_pane() throws Exception {
        window.vm.openBeside(item(post));
        window.settle();
        window.vm.models().drafts().select(item(post));
        window.settle();
        assertNull(window.vm.besideProperty().get());
        assertEquals(post.id(), window.vm.models().editor().current().id());
    }

    @Test
    void a_rule_turned_off_in_one_editor_is_off_in_the_other() {
        window.vm.openBeside(item(post));
        BesideViewModel beside = window.vm.besideProperty().get();
        window.vm.models().choices().turnOff("cadence-updates-per-day");
        assertTrue(beside.editor().live().settings().disabledRules().contains("cadence-updates-per-day"));
        window.vm.openBeside(null);
        assertNull(window.vm.besideProperty().get());
    }
}
