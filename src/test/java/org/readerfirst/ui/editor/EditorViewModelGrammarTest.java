package org.readerfirst.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Severity;
import org.readerfirst.core.model.TextSnapshot;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.grammar.GrammarOptions;
import org.readerfirst.grammar.GrammarResult;
import org.readerfirst.grammar.GrammarState;

/** Grammar findings in the editor's state, from a grammar checker whose answers the test gives by hand. */
class EditorViewModelGrammarTest {

    private static RuleEngine engine;

    /** Each check's snapshot, options and the future the test completes. */
    private final List<TextSnapshot> snapshots = new ArrayList<>();
    private final List<GrammarOptions> options = new ArrayList<>();
    private final List<CompletableFuture<GrammarResult>> answers = new ArrayList<>();
    private final List<Runnable> checks = new ArrayList<>();
    private final EditorViewModel vm = new EditorViewModel(engine, checks::add, new GrammarChecker() {
        @Override
        public CompletableFuture<GrammarResult> check(TextSnapshot snapshot, GrammarOptions o) {
            snapshots.add(snapshot);
            options.add(o);
            CompletableFuture<GrammarResult> answer = new CompletableFuture<>();
            answers.add(answer);
            return answer;
        }

        @Override
        public void addStateListener(Consumer<GrammarState> listener) {
        }

        @Override
        public GrammarState state(Language language) {
            return new GrammarState(language, GrammarState.Availability.READY, "");
        }
    }, Runnable::run, Language.ENGLISH);

    @BeforeAll
    static void setUp() {
        engine = BuiltInRules.engine();
    }

    private void open(String body) {
        Instant t = Instant.parse("2026-01-01T10:00:00Z");
        vm.load(new Draft(1, "Test", body, ContentType.POST, Language.AUTO, t, t));
    }

    /** Starts a check as the window does after a pause, and lets the rules finish. */
    private void check() throws Exception {
        var task = vm.live().startCheck();
        List<Runnable> now = new ArrayList<>(checks);
        checks.clear();
        now.forEach(Runnable::run);
        vm.live().apply(task.get());
    }

    private static final Finding GO = new Finding("lt:HE_VERB_AGR", Category.GRAMMAR, Severity.WARNING, 3, 5,
            "The verb does not agree with “He”.", "", List.of("goes"));

    private static GrammarResult found(Finding... findings) {
        return new GrammarResult(Language.ENGLISH, List.of(findings), List.of(), 14, true);
    }

    private boolean shows(Finding f) {
        return vm.live().lastResultProperty().get() != null && vm.live().lastResultProperty().get().findings().contains(f);
    }

    @Test
    void the_grammar_check_gets_the_snapshot_taken_when_the_check_started() throws Exception {
        open("He go to work.");
        check();
        assertEquals("He go to work.", snapshots.get(0).text());
        assertEquals(ContentType.POST, snapshots.get(0).type());
    }

    @Test
    void a_grammar_result_for_the_current_text_joins_the_rule_findings_and_the_underlines() throws Exception {
        open("He go to work.");
        check();
        answers.get(0).complete(found(GO));
        assertTrue(shows(GO));
        assertTrue(vm.live().currentFindings().stream().anyMatch(f -> f.ruleId().equals(GO.ruleId()) && f.start() == 3));
    }

    @Test
    void a_grammar_result_for_text_that_has_changed_since_is_dropped() throws Exception {
        open("He go to work.");
        check();
        vm.textEdited(0, 0, 4);
        vm.textProperty().set("Now He go to work.");
        answers.get(0).complete(found(GO));
        assertFalse(shows(GO));
        assertTrue(vm.live().currentFindings().stream().noneMatch(f -> f.ruleId().equals(GO.ruleId())));
    }

    @Test
    void grammar_findings_move_with_the_text_typed_before_them() throws Exception {
        open("He go to work.");
        check();
        answers.get(0).complete(found(GO));
        vm.textEdited(0, 0, 4);
        vm.textProperty().set("Now He go to work.");
        assertEquals(new TextSpan(7, 9), vm.live().spanOf(GO).orElseThrow());
    }

    @Test
    void a_word_added_to_the_dictionary_goes_at_once_and_the_next_check_is_told_about_it() throws Exception {
        open("Our qwertz plan.");
        check();
        Finding typo = new Finding("lt:MORFOLOGIK_RULE_EN_US", Category.SPELLING, Severity.WARNING, 4, 10,
                "Possible spelling mistake", "", List.of());
        answers.get(0).complete(found(typo));
        assertTrue(shows(typo));

        vm.live().setGrammarOptions(vm.live().grammarOptions().withPersonalDictionary(Set.of("Qwertz")));
        assertFalse(shows(typo));
        check();
        assertTrue(options.get(1).knows("qwertz"));
    }

    @Test
    void the_word_being_typed_is_not_called_misspelt_until_the_writer_types_past_it() throws Exception {
        open("Our plan ");
        vm.textEdited(9, 0, 1);
        vm.textProperty().set("Our plan r");
        check();
        Finding partial = new Finding("lt:MORFOLOGIK_RULE_EN_US", Category.SPELLING, Severity.WARNING, 9, 10,
                "Possible spelling mistake", "", List.of());
        answers.get(0).complete(found(partial));
        assertFalse(shows(partial), "the word at the last keystroke is still being typed");

        vm.textEdited(10, 0, 1);
        vm.textProperty().set("Our plan r.");
        check();
        answers.get(1).complete(found(partial));
        assertTrue(shows(partial), "typed past, the word is checked like any other");

        open("Our plan ");
        vm.textEdited(0, 9, 10);
        vm.textProperty().set("Our plan r");
        check();
        answers.get(2).complete(found(partial));
        assertTrue(shows(partial), "a paste is not a word being typed");
    }

    @Test
    void an_ignored_rule_goes_at_once_and_comes_back_with_the_check_after_it_is_checked_again() throws Exception {
        open("He go to work.");
        check();
        answers.get(0).complete(found(GO));
        vm.live().setGrammarOptions(vm.live().grammarOptions().withIgnoredRules(Set.of(GO.ruleId())));
        assertFalse(shows(GO));

        vm.live().setGrammarOptions(vm.live().grammarOptions().withIgnoredRules(Set.of()));
        check();
        answers.get(1).complete(found(GO));
        assertTrue(shows(GO));
    }

    @Test
    void the_notices_of_the_last_grammar_check_are_kept_for_the_panel() throws Exception {
        open("Hyvää huomenta.");
        check();
        answers.get(0).complete(new GrammarResult(Language.FINNISH, List.of(), List.of("Voikko is not installed"), 0, false));
        assertEquals(List.of("Voikko is not installed"), vm.live().grammarNotices());
    }
}
