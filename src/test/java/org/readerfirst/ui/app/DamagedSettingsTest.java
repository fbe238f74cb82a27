package org.readerfirst.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.grammar.EnglishVariant;
import org.readerfirst.store.DraftStore;
import org.readerfirst.ui.common.Appearance.EditorFont;
import org.readerfirst.ui.common.Appearance.Theme;
import org.readerfirst.ui.common.Appearance;
import org.readerfirst.ui.panel.GrammarChoicesViewModel;
import org.readerfirst.ui.preview.PreviewPaneViewModel;

/**
 * Settings that this version did not write, read back from a real database: each is named on the
 * status line, its standard value is used, and every other choice and the drafts work as before.
 */
class DamagedSettingsTest {

    private static RuleEngine engine;

    @TempDir
    Path folder;

    private WindowHarness window;

    @BeforeAll
    static void loadRules() {
        engine = BuiltInRules.engine();
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.close();
        }
    }

    private MainViewModel openWith(String... keysAndValues) throws Exception {
        Path db = folder.resolve("drafts.db");
        try (DraftStore store = DraftStore.open(db)) {
            for (int i = 0; i < keysAndValues.length; i += 2) {
                store.putSetting(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        window = new WindowHarness(db, engine, () -> engine).open();
        return window.vm;
    }

    private String status() {
        return window.vm.statusProperty().get();
    }

    @Test
    void garbage_in_every_setting_is_named_and_the_standard_values_are_used() throws Exception {
        MainViewModel vm = openWith(
                AppearanceViewModel.THEME, "purple",
                AppearanceViewModel.FONT_SIZE, "huge",
                AppearanceViewModel.FONT_FAMILY, "Serif\"; } .root { -fx-background-color: red",
                GrammarChoicesViewModel.VARIANT, "KLINGON",
                WindowLayout.SETTING, "1,2,not-a-width",
                PreviewPaneViewModel.SETTING, "maybe");

        assertEquals(Theme.LIGHT, vm.models().appearance().themeProperty().get());
        assertEquals(EditorFont.DEFAULT, vm.models().appearance().fontProperty().get());
        assertEquals(EnglishVariant.AUTOMATIC, vm.models().grammarChoices().variantProperty().get());
        assertEquals(Optional.empty(), vm.savedLayout());
        for (List<String> named : List.of(List.of("appearance.theme", "purple"), List.of("appearance.editor-size", "huge"),
                List.of("appearance.editor-font", "Serif\"; } .root"), List.of("grammar.english-variant", "KLINGON"),
                List.of("ui.window", "1,2,not-a-width"), List.of("ui.preview-pane", "maybe"))) {
            String notice = "The setting " + named.get(0) + " has a value ReaderFirst does not know (“" + named.get(1);
            assertTrue(status().contains(notice), notice + " in: " + status());
        }
        assertFalse(vm.statusIsErrorProperty().get());
    }

    @Test
    void one_bad_setting_costs_only_itself_and_the_drafts_still_save() throws Exception {
        MainViewModel vm = openWith(
                AppearanceViewModel.THEME, "dark",
                AppearanceViewModel.FONT_SIZE, "9999999999",
                GrammarChoicesViewModel.VARIANT, "british");

        assertEquals(Theme.DARK, vm.models().appearance().themeProperty().get());
        assertEquals(EditorFont.DEFAULT_SIZE, vm.models().appearance().fontProperty().get().size());
        assertEquals(EnglishVariant.BRITISH, vm.models().grammarChoices().variantProperty().get());
        assertEquals("The setting appearance.editor-size has a value ReaderFirst does not know (“9999999999”):"
                + " the standard one is used until you choose again.", status());

        long id = vm.models().editor().current().id();
        vm.models().editor().textProperty().set("Still saves");
        window.runFxUntil(() -> status().startsWith("Saved "));
        assertEquals("Still saves", window.store.find(id).orElseThrow().body());
    }

    @Test
    void dictionary_entries_that_cannot_be_words_are_left_out_and_named_and_the_rest_are_kept() throws Exception {
        String huge = "a".repeat(5_000);
        MainViewModel vm = openWith(GrammarChoicesViewModel.DICTIONARY,
                "[\"Fintech\", \"\", \"   \", \"" + huge + "\", \"bad\\u0000word\", \"line\\nbreak\", null, 12,"
                        + " {\"a\": 1}, \"Äiti\"]",
                GrammarChoicesViewModel.IGNORED_RULES, "{\"not\": \"a list\"}");

        assertEquals(List.of("Fintech", "Äiti"), vm.models().grammarChoices().words());
        assertEquals(List.of(), vm.models().grammarChoices().ignoredRules());
        assertTrue(status().contains("Left out 6 entries of the setting grammar.personal-dictionary that cannot be used,"
                + " such as “" + "a".repeat(40) + "…”; the rest are in use."), status());
        assertTrue(status().contains("The setting grammar.ignored-rules has a value ReaderFirst does not know"), status());

        vm.models().grammarChoices().addWord("Kanban");
        window.settle();
        assertEquals("[\"Fintech\",\"Kanban\",\"Äiti\"]",
                window.store.setting(GrammarChoicesViewModel.DICTIONARY).orElseThrow());
    }

    @Test
    void settings_this_version_wrote_say_nothing() throws Exception {
        openWith(AppearanceViewModel.THEME, "dark", GrammarChoicesViewModel.DICTIONARY, "[\"Fintech\"]",
                PreviewPaneViewModel.SETTING, "true", WindowLayout.SETTING, "10,20,1000,700,false,0.2500");

        assertTrue(status().startsWith("Drafts save themselves as you write"), status());
        assertEquals(List.of("Fintech"), window.vm.models().grammarChoices().words());
    }
}
