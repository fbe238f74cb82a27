package org.readerfirst.ui.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Publication;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.ui.app.WindowHarness;
import org.readerfirst.ui.common.Messages;

/** The three questions before a copy, answered from the draft's findings and the publishing log, on a real database. */
class BeforePostingViewModelTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");

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
        Messages.use(Locale.ENGLISH);
        if (window != null) {
            window.close();
        }
    }

    private BeforePostingViewModel open() throws Exception {
        window = new WindowHarness(folder.resolve("drafts.db"), engine, () -> engine).open();
        return window.vm.models().export().beforePosting();
    }

    @Test
    void private_life_with_nothing_for_the_reader_answers_the_first_two_questions_with_its_findings() throws Exception {
        BeforePostingViewModel vm = open();
        window.vm.models().editor().textProperty().set(
                "Lovely lazy Sunday with my wife and kids at the beach. Perfect weather and the best ice cream in town.");
        window.check();
        window.settle();
        var questions = vm.questions(ContentType.POST, window.vm.models().editor().live().currentFindings(), List.of(),
                NOW, HELSINKI);

        assertEquals(3, questions.size());
        assertEquals("Does my network get value from this?", questions.get(0).question());
        assertFalse(questions.get(0).fine());
        assertFalse(questions.get(1).fine());
        assertTrue(questions.get(1).answers().stream().anyMatch(a -> a.contains("private life")), questions.get(1).toString());
        assertTrue(questions.get(2).fine(), questions.get(2).toString());
        assertEquals("Published today: 0 updates; in the last 7 days: 0 updates and 0 articles.",
                questions.get(2).answers().get(0));
    }

    @Test
    void a_third_update_today_is_over_the_rhythm_and_a_useful_post_is_fine_on_the_rest() throws Exception {
        BeforePostingViewModel vm = open();
        List<Publication> log = List.of(new Publication(1, ContentType.POST, NOW.minusSeconds(3_600)),
                new Publication(2, ContentType.POST, NOW.minusSeconds(7_200)),
                new Publication(3, ContentType.ARTICLE, NOW.minusSeconds(3 * 86_400)));
        var questions = vm.questions(ContentType.POST, List.of(), log, NOW, HELSINKI);

        assertTrue(questions.get(0).fine() && questions.get(1).fine());
        assertFalse(questions.get(2).fine());
        assertEquals("Published today: 2 updates; in the last 7 days: 2 updates and 1 article.",
                questions.get(2).answers().get(0));
        assertTrue(questions.get(2).answers().get(1).startsWith("Over the guidance’s rhythm: 2 updates a day"),
                questions.get(2).answers().get(1));
        // An article is held to the week's one article instead.
        assertFalse(vm.questions(ContentType.ARTICLE, List.of(), log, NOW, HELSINKI).get(2).fine());

        Messages.use(Locale.forLanguageTag("fi"));
        assertEquals("Julkaistu tänään: 2 päivitystä; viimeisten 7 päivän aikana: 2 päivitystä ja 1 artikkeli.",
                vm.questions(ContentType.POST, List.of(), log, NOW, HELSINKI).get(2).answers().get(0));
    }

    @Test
    void asked_for_posts_and_articles_until_turned_off_and_the_profile_advice_only_once_across_starts() throws Exception {
        BeforePostingViewModel vm = open();
        assertTrue(vm.asks(ContentType.POST) && vm.asks(ContentType.ARTICLE));
        assertFalse(vm.asks(ContentType.MESSAGE) || vm.asks(ContentType.COMMENT) || vm.asks(ContentType.CONNECTION_NOTE));
        assertTrue(vm.profileAdvice().isPresent());
        assertEquals(Optional.empty(), vm.profileAdvice());

        vm.setAsking(false);
        window.settle();
        window.reopen();
        vm = window.vm.models().export().beforePosting();
        assertFalse(vm.asks(ContentType.POST));
        assertEquals(Optional.empty(), vm.profileAdvice());
        assertTrue(window.vm.models().export().questions().isEmpty());
    }
}
