package org.readerfirst.ui.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Severity;
import org.readerfirst.core.model.TextSnapshot;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.grammar.EnglishVariant;
import org.readerfirst.grammar.GrammarOptions;
import org.readerfirst.grammar.GrammarResult;
import org.readerfirst.grammar.GrammarState.Availability;
import org.readerfirst.grammar.GrammarState;
import org.readerfirst.store.DraftStore;
import org.readerfirst.ui.app.MainViewModel;
import org.readerfirst.ui.app.WindowHarness;
import org.readerfirst.ui.editor.GrammarChecker;

/**
 * The dictionary, ignored rules, English variant, grammar status and notices, on a real database file
 * with a stand-in grammar checker whose state the test sets.
 */
class GrammarChoicesViewModelTest {

    private static RuleEngine engine;

    @TempDir
    Path folder;

    private final Map<Language, GrammarState> states = new ConcurrentHashMap<>();
    private final List<Consumer<GrammarState>> listeners = new CopyOnWriteArrayList<>();
    private final GrammarChecker grammar = new GrammarChecker() {
        @Override
        public CompletableFuture<GrammarResult> check(TextSnapshot snapshot, GrammarOptions options) {
            return new CompletableFuture<>();
        }

        @Override
        public void addStateListener(Consumer<GrammarState> listener) {
            listeners.add(listener);
        }

        @Override
        public GrammarState state(Language language) {
            return states.get(language);
        }
    };
    private WindowHarness window;
    private MainViewModel vm;

    @BeforeAll
    static void loadRules() {
        engine = BuiltInRules.engine();
    }

    private MainViewModel open() throws Exception {
        states.putIfAbsent(Language.ENGLISH, new GrammarState(Language.ENGLISH, Availability.LOADING, ""));
        states.putIfAbsent(Language.FINNISH, new GrammarState(Language.FINNISH, Availability.LOADING, ""));
        window = new WindowHarness(folder.resolve("drafts.db"), engine, () -> engine, grammar).open();
        vm = window.vm;
        return vm;
    }

    private void reopen() throws Exception {
        window.settle();
        window.reopen();
        vm = window.vm;
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.close();
        }
    }

    private void settle() throws Exception {
        window.settle();
    }

    private void runFx() {
        window.runFx();
    }

    private void becomes(GrammarState state) {
        states.put(state.language(), state);
        listeners.forEach(l -> l.accept(state));
        runFx();
    }

    @Test
    void the_status_says_loading_then_ready_and_tells_finnish_apart_in_its_detail() throws Exception {
        open();
        assertEquals("Grammar: loading…", vm.grammarStatusProperty().get());
        becomes(new GrammarState(Language.FINNISH, Availability.UNAVAILABLE, "Voikko is not installed."));
        becomes(new GrammarState(Language.ENGLISH, Availability.READY, ""));
        assertEquals("Grammar: ready", vm.grammarStatusProperty().get());
        assertEquals("Voikko is not installed.", vm.grammarDetailProperty().get());
    }

    @Test
    void the_status_says_why_grammar_is_unavailable() throws Exception {
        open();
        becomes(new GrammarState(Language.ENGLISH, Availability.UNAVAILABLE, "out of memory"));
        assertEquals("Grammar unavailable: out of memory", vm.grammarStatusProperty().get());
    }

    @Test
    void the_words_of_the_library_reach_the_checks_as_the_writers_own() throws Exception {
        try (DraftStore store = DraftStore.open(folder.resolve("drafts.db"))) {
            store.create("Netvisor", "Moving our books to Netvisor took a month.", ContentType.POST, Language.ENGLISH);
            store.create("Close", "Netvisor closes the month in two days now.", ContentType.POST, Language.ENGLISH);
            store.create("Once", "Procountor came up once.", ContentType.POST, Language.ENGLISH);
        }
        open();
        settle();
        GrammarOptions options = vm.models().editor().live().grammarOptions();
        assertTrue(options.inLibrary("Netvisor"), "a word of two drafts");
        assertTrue(!options.inLibrary("Procountor"), "a word of one draft only");
        assertTrue(!options.knows("Netvisor"), "the library is not the personal dictionary");
    }

    @Test
    void dictionary_words_ignored_rules_and_the_variant_survive_a_restart_and_reach_the_checks() throws Exception {
        open();
        vm.models().grammarChoices().addWord("Qwertz");
        vm.models().grammarChoices().addWord("qwertz");
        vm.models().grammarChoices().addWord("Aalto");
        vm.models().grammarChoices().ignoreRule("lt:HE_VERB_AGR");
        vm.models().grammarChoices().chooseVariant(EnglishVariant.BRITISH);
        reopen();
        assertEquals(List.of("Aalto", "Qwertz"), vm.models().grammarChoices().words());
        assertEquals(List.of("lt:HE_VERB_AGR"), vm.models().grammarChoices().ignoredRules());
        GrammarOptions options = vm.models().editor().live().grammarOptions();
        assertEquals(EnglishVariant.BRITISH, options.variant());
        assertTrue(options.knows("QWERTZ"));
        assertTrue(options.ignores("lt:HE_VERB_AGR"));

        vm.models().grammarChoices().removeWord("Qwertz");
        vm.models().grammarChoices().unignoreRule("lt:HE_VERB_AGR");
        reopen();
        assertEquals(List.of("Aalto"), vm.models().grammarChoices().words());
        assertEquals(List.of(), vm.models().grammarChoices().ignoredRules());
    }

    @Test
    void turning_off_a_grammar_finding_ignores_its_rule_instead_of_touching_the_guidance_checks() throws Exception {
        open();
        Finding go = new Finding("lt:HE_VERB_AGR", Category.GRAMMAR, Severity.WARNING, 3, 5, "agree", "", List.of("goes"));
        vm.models().panel().turnOff(go);
        settle();
        assertEquals(List.of("lt:HE_VERB_AGR"), vm.models().grammarChoices().ignoredRules());
        assertEquals(List.of(), vm.models().choices().disabledRules());
    }

    @Test
    void grammar_rules_are_named_by_their_category_where_they_are_listed() throws Exception {
        open();
        assertEquals(Category.SPELLING, vm.models().packs().categoryOf("lt:MORFOLOGIK_RULE_EN_US").orElseThrow());
        assertEquals(Category.SPELLING, vm.models().packs().categoryOf("voikko:spelling").orElseThrow());
        assertEquals(Category.GRAMMAR, vm.models().packs().categoryOf("lt:HE_VERB_AGR").orElseThrow());
    }

    @Test
    void a_notice_the_writer_closed_is_not_said_again_this_session() throws Exception {
        open();
        vm.models().editor().textProperty().set("Hyvää huomenta.");
        long at = vm.models().editor().live().revision();
        String voikko = "Finnish spelling is unavailable: Voikko is not installed.";
        vm.models().editor().live().applyGrammar(at, new GrammarResult(Language.FINNISH, List.of(), List.of(voikko), 0, false));
        assertEquals(List.of(voikko), vm.models().panel().notices());
        vm.models().panel().closeNotice(voikko);
        assertEquals(List.of(), vm.models().panel().notices());
        vm.models().editor().live().applyGrammar(at, new GrammarResult(Language.FINNISH, List.of(), List.of(voikko), 0, false));
        assertEquals(List.of(), vm.models().panel().notices());
    }
}
