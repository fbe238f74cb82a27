package org.readerfirst.ui.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Dismissal;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Severity;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.ui.app.MainViewModel;
import org.readerfirst.ui.app.WindowHarness;
import org.testfx.api.FxToolkit;

/** The score, "Not here" and turning checks off, on a real database file and across restarts. */
class CheckChoicesViewModelTest {

    private static final String JARGON = "We leverage our data.";
    private static RuleEngine engine;

    @TempDir
    Path folder;
    private WindowHarness window;

    @BeforeAll
    static void loadRules() throws Exception {
        // A check is a javafx.concurrent.Task, which reports its state through the FX thread.
        FxToolkit.registerPrimaryStage();
        engine = BuiltInRules.engine();
    }

    @BeforeEach
    void open() throws Exception {
        window = new WindowHarness(folder.resolve("drafts.db"), engine, () -> engine).open();
    }

    @AfterEach
    void close() {
        window.close();
    }

    private static Finding leverage(List<Finding> findings) {
        return findings.stream().filter(f -> f.category() == Category.CLARITY && f.start() == 3).findFirst()
                .orElseThrow(() -> new AssertionError("no clarity finding on leverage in " + findings));
    }

    private static boolean hasRule(List<Finding> findings, String ruleId) {
        return findings.stream().anyMatch(f -> f.ruleId().equals(ruleId));
    }

    @Test
    void the_score_falls_with_a_stock_greeting_and_names_the_category_that_costs_points() throws Exception {
        MainViewModel vm = window.vm;
        assertEquals(CheckPanelViewModel.NO_SCORE, vm.models().panel().scoreProperty().get());
        vm.models().editor().typeProperty().set(ContentType.MESSAGE);
        vm.models().editor().textProperty().set("Thanks for the talk on Tuesday: the slide on audit sampling helped me.");
        window.check();
        int clean = vm.models().panel().scoreProperty().get();

        vm.models().editor().textProperty().set("Happy birthday!");
        window.check();

        assertTrue(vm.models().panel().scoreProperty().get() < clean, vm.models().panel().scoreProperty().get() + " vs " + clean);
        assertTrue(vm.models().panel().breakdown().stream().anyMatch(s -> s.category() == Category.TEMPLATE_MESSAGE
                && s.score() < 100), vm.models().panel().breakdown().toString());
        assertTrue(vm.models().panel().breakdown().stream().allMatch(s -> vm.models().editor().live().currentFindings().stream()
                .anyMatch(f -> f.category() == s.category())), "only categories with findings are listed");
    }

    @Test
    void the_score_bands_are_good_fair_and_poor_and_an_error_is_never_green() {
        assertEquals("good", CheckPanelViewModel.band(80, false));
        assertEquals("fair", CheckPanelViewModel.band(79, false));
        assertEquals("fair", CheckPanelViewModel.band(50, false));
        assertEquals("poor", CheckPanelViewModel.band(49, false));
        assertEquals("poor", CheckPanelViewModel.band(80, true));
        assertEquals("good", CheckPanelViewModel.chipBand(100, false));
        assertEquals("fair", CheckPanelViewModel.chipBand(95, false), "a chip that costs points is not green");
        assertEquals("poor", CheckPanelViewModel.chipBand(80, true));
    }

    @Test
    void a_text_whose_only_finding_is_an_error_is_not_shown_as_good() throws Exception {
        MainViewModel vm = window.vm;
        vm.models().editor().typeProperty().set(ContentType.COMMENT);
        vm.models().editor().textProperty().set("Congrats on the new role");
        List<Finding> findings = window.check();
        assertEquals(List.of(Severity.ERROR), findings.stream().map(Finding::severity).toList(), findings.toString());
        assertTrue(vm.models().panel().scoreProperty().get() >= 80, "the points alone would say good");
        assertEquals("poor", vm.models().panel().scoreBandProperty().get());
        assertTrue(vm.models().panel().breakdown().stream().noneMatch(c -> c.score() < 100 && c.band().equals("good")),
                vm.models().panel().breakdown().toString());
    }

    @Test
    void a_dismissed_finding_stays_gone_after_edits_elsewhere_and_a_restart_until_undone() throws Exception {
        MainViewModel vm = window.vm;
        long draft = vm.models().editor().current().id();
        vm.models().editor().textProperty().set(JARGON);
        Finding f = leverage(window.check());

        vm.models().panel().dismiss(f);
        Dismissal expected = new Dismissal(f.ruleId(), "leverage");
        assertEquals(List.of(expected), vm.models().choices().dismissals());
        assertFalse(hasRule(window.check(), f.ruleId()));

        vm.models().editor().textProperty().set("Three lessons. " + JARGON);
        assertFalse(hasRule(window.check(), f.ruleId()), "an edit elsewhere does not bring it back");
        window.settle();
        assertEquals(Set.of(expected), window.store.dismissals(draft));

        window.reopen();
        vm = window.vm;
        assertEquals(List.of(expected), vm.models().choices().dismissals());
        assertFalse(hasRule(window.check(), f.ruleId()), "still gone after a restart");

        vm.models().choices().undismiss(expected);
        assertTrue(hasRule(window.check(), f.ruleId()), "Undo brings it back");
        window.settle();
        assertEquals(Set.of(), window.store.dismissals(draft));
    }

    @Test
    void dismissals_belong_to_their_draft() throws Exception {
        MainViewModel vm = window.vm;
        vm.models().editor().textProperty().set(JARGON);
        vm.models().panel().dismiss(leverage(window.check()));
        vm.newDraft();
        window.runFxUntil(() -> vm.models().drafts().items().size() == 2);
        window.settle();
        vm.models().editor().textProperty().set(JARGON);
        assertTrue(vm.models().choices().dismissals().isEmpty());
        leverage(window.check());
    }

    @Test
    void a_check_turned_off_stays_off_in_every_draft_until_turned_on() throws Exception {
        MainViewModel vm = window.vm;
        vm.models().editor().textProperty().set(JARGON);
        Finding f = leverage(window.check());

        vm.models().panel().turnOff(f);
        assertFalse(hasRule(window.check(), f.ruleId()));
        window.settle();
        assertEquals(Set.of(f.ruleId()), window.store.disabledRules());

        window.reopen();
        vm = window.vm;
        assertEquals(List.of(f.ruleId()), vm.models().choices().disabledRules());
        assertFalse(hasRule(window.check(), f.ruleId()));
        assertEquals(Category.CLARITY, vm.models().packs().categoryOf(f.ruleId()).orElseThrow());

        vm.models().choices().turnOn(f.ruleId());
        assertTrue(hasRule(window.check(), f.ruleId()));
        window.settle();
        assertEquals(Set.of(), window.store.disabledRules());
    }

    @Test
    void two_posts_marked_published_make_a_third_one_today_a_cadence_finding_and_neither_counts_itself_twice()
            throws Exception {
        String post = "Three things we changed in our support rota, and what each did to response times.";
        MainViewModel vm = window.vm;
        long first = vm.models().editor().current().id();
        vm.models().editor().typeProperty().set(ContentType.POST);
        vm.models().editor().textProperty().set(post);
        assertFalse(hasCategory(window.check(), Category.CADENCE), "nothing published yet");
        vm.models().choices().markPublished();
        window.settle();

        vm.newDraft();
        window.runFxUntil(() -> vm.models().drafts().items().size() == 2);
        long second = vm.models().editor().current().id();
        vm.models().editor().typeProperty().set(ContentType.POST);
        vm.models().editor().textProperty().set(post + " Part two.");
        assertFalse(hasCategory(window.check(), Category.CADENCE), "a second post today is fine");
        vm.models().choices().markPublished();
        window.settle();
        assertEquals(2, window.store.publishingLog().publications().size());
        // Published, this draft is the log's second entry, not a third update.
        assertFalse(hasCategory(window.check(), Category.CADENCE), "the second post counted twice");
        vm.models().choices().markPublished();
        window.settle();
        assertFalse(hasCategory(window.check(), Category.CADENCE), "marked again, still that one post");

        vm.models().drafts().select(vm.models().drafts().find(first).orElseThrow());
        window.runFxUntil(() -> vm.models().editor().current().id() == first);
        assertFalse(hasCategory(window.check(), Category.CADENCE), "the first post counted twice");

        vm.newDraft();
        window.runFxUntil(() -> vm.models().drafts().items().size() == 3);
        assertTrue(vm.models().editor().current().id() != second);
        vm.models().editor().typeProperty().set(ContentType.POST);
        vm.models().editor().textProperty().set(post + " Part three.");
        List<Finding> third = window.check();
        Finding cadence = third.stream().filter(f -> f.category() == Category.CADENCE).findFirst()
                .orElseThrow(() -> new AssertionError("a third post today is one too many: " + third));
        assertTrue(cadence.message().contains("update number 3 today"), cadence.message());

        window.reopen();
        MainViewModel reopened = window.vm;
        reopened.models().editor().typeProperty().set(ContentType.POST);
        reopened.models().editor().textProperty().set(post + " Part three, again.");
        assertTrue(hasCategory(window.check(), Category.CADENCE), "the log is read again at start");
        reopened.models().editor().typeProperty().set(ContentType.COMMENT);
        assertFalse(hasCategory(window.check(), Category.CADENCE), "a comment is not an update");
    }

    private static boolean hasCategory(List<Finding> findings, Category category) {
        return findings.stream().anyMatch(f -> f.category() == category);
    }
}
