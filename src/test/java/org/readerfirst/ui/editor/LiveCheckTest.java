package org.readerfirst.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.CheckResult;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Severity;
import org.readerfirst.core.model.TextSnapshot;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.grammar.GrammarOptions;
import org.readerfirst.grammar.GrammarResult;
import org.readerfirst.grammar.GrammarState;

/**
 * The live check without a window: edits go in, the pauses are fired by hand, the checks run on
 * executors the test drains, and one merged result comes out, never one of a text that moved on.
 */
class LiveCheckTest {

    private static RuleEngine engine;

    private final List<Runnable> checks = new ArrayList<>();
    private final List<Runnable> fx = new ArrayList<>();
    private final List<CompletableFuture<GrammarResult>> grammarAnswers = new ArrayList<>();
    private final Map<Duration, ManualPause> pauses = new HashMap<>();
    private final List<CheckResult> results = new ArrayList<>();
    private String text = "";
    private final LiveCheck live = new LiveCheck(engine, checks::add, new GrammarChecker() {
        @Override
        public CompletableFuture<GrammarResult> check(TextSnapshot snapshot, GrammarOptions options) {
            CompletableFuture<GrammarResult> answer = new CompletableFuture<>();
            grammarAnswers.add(answer);
            return answer;
        }

        @Override
        public void addStateListener(Consumer<GrammarState> listener) {
        }

        @Override
        public GrammarState state(Language language) {
            return new GrammarState(language, GrammarState.Availability.READY, "");
        }
    }, fx::add, Language.ENGLISH, () -> new TextSnapshot(text, ContentType.MESSAGE, Language.AUTO));

    @BeforeAll
    static void setUp() {
        engine = BuiltInRules.engine();
    }

    /** A pause the test fires: restarted by each edit, run when the test says the writer stopped. */
    private static final class ManualPause implements Pauses.Pause {
        final Runnable work;
        boolean pending;
        boolean stopped;

        ManualPause(Runnable work) {
            this.work = work;
        }

        @Override
        public void restart() {
            pending = true;
        }

        @Override
        public void stop() {
            pending = false;
            stopped = true;
        }

        void elapse() {
            if (pending) {
                pending = false;
                work.run();
            }
        }
    }

    private void withPauses() {
        live.checkAfterPauses((wait, work) -> pauses.computeIfAbsent(wait, w -> new ManualPause(work)));
        live.lastResultProperty().addListener((obs, was, now) -> results.add(now));
    }

    private void type(String more) {
        int at = text.length();
        text = text + more;
        live.edited(at, 0, more.length());
    }

    private static void drain(List<Runnable> queue) {
        while (!queue.isEmpty()) {
            List<Runnable> now = new ArrayList<>(queue);
            queue.clear();
            now.forEach(Runnable::run);
        }
    }

    private void rulesPauseEnds() {
        pauses.get(LiveCheck.CHECK_PAUSE).elapse();
        drain(checks);
        drain(fx);
    }

    private static final Finding GO = new Finding("lt:HE_VERB_AGR", Category.GRAMMAR, Severity.WARNING, 0, 5,
            "The verb does not agree.", "", List.of("goes"));

    @Test
    void after_the_pause_the_rules_findings_are_the_result_and_grammar_joins_them_in_one() {
        withPauses();
        type("Happy birthday!");
        assertTrue(results.isEmpty(), "nothing is checked while the writer types");
        rulesPauseEnds();
        assertEquals(1, results.size());
        assertTrue(results.get(0).findings().stream().anyMatch(f -> f.category() == Category.TEMPLATE_MESSAGE),
                results.toString());
        pauses.get(LiveCheck.GRAMMAR_PAUSE).elapse();
        grammarAnswers.get(0).complete(new GrammarResult(Language.ENGLISH, List.of(GO), List.of(), text.length(), true));
        drain(fx);
        CheckResult merged = live.lastResultProperty().get();
        assertTrue(merged.findings().contains(GO), merged.toString());
        assertTrue(merged.findings().stream().anyMatch(f -> f.category() == Category.TEMPLATE_MESSAGE));
        assertEquals(merged.findings(), results.get(results.size() - 1).findings());
    }

    @Test
    void a_result_of_a_text_that_moved_on_is_dropped_and_the_next_pause_checks_the_new_one() {
        withPauses();
        type("Happy birthday!");
        pauses.get(LiveCheck.CHECK_PAUSE).elapse();
        drain(checks);
        type(" See you");
        drain(fx);
        assertNull(live.lastResultProperty().get(), "the result of the shorter text is not shown");
        assertTrue(live.checkingProperty().get());
        rulesPauseEnds();
        assertEquals(text, "Happy birthday! See you");
        assertFalse(live.checkingProperty().get());
        assertEquals(1, results.size());
    }

    @Test
    void a_change_of_what_the_check_uses_asks_for_a_check_of_the_same_text() {
        withPauses();
        type("Happy birthday!");
        rulesPauseEnds();
        long before = live.revision();
        live.setSettings(live.settings().withDisabledRules(java.util.Set.of("template-birthday")));
        assertTrue(live.revision() > before);
        assertTrue(pauses.get(LiveCheck.CHECK_PAUSE).pending, "the rules will check again after the pause");
    }

    @Test
    void without_pauses_nothing_is_checked_by_itself_and_stopped_pauses_stay_quiet() {
        type("Happy birthday!");
        assertTrue(checks.isEmpty());
        withPauses();
        live.stopPauses();
        type(" Again");
        assertTrue(pauses.values().stream().allMatch(p -> p.stopped && !p.pending));
        assertTrue(checks.isEmpty());
    }
}
