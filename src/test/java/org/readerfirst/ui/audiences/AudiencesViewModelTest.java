package org.readerfirst.ui.audiences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.store.StoredAudience;
import org.readerfirst.ui.app.WindowHarness;
import org.testfx.api.FxToolkit;

/** Audiences kept in a real database file, and the audience-fit check that speaks once a draft has one. */
class AudiencesViewModelTest {

    private static final String OFF_TOPIC = "Our office moved to a new building this month and the team finally has a"
            + " proper kitchen. The coffee is better, the view is nice and the walk from the station is shorter too.";
    private static RuleEngine engine;

    @TempDir
    Path folder;
    private WindowHarness window;

    @BeforeAll
    static void loadRules() throws Exception {
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

    private <T> T await(CompletableFuture<T> f) throws Exception {
        window.runFxUntil(f::isDone);
        return f.get();
    }

    private String failure(CompletableFuture<?> f) throws Exception {
        window.runFxUntil(f::isDone);
        try {
            f.get();
        } catch (ExecutionException e) {
            return e.getCause().getMessage();
        }
        throw new AssertionError("the save was not refused");
    }

    private static boolean audienceFit(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.ruleId().equals("audience-fit"));
    }

    @Test
    void a_blank_name_is_refused_with_a_reason_and_nothing_is_stored() throws Exception {
        String why = failure(window.vm.models().audiences().save(0, "   ", "CFOs", "audit", Language.AUTO));
        assertTrue(why.startsWith("Give the audience a name"), why);
        assertEquals(List.of(), window.store.audiences());
    }

    @Test
    void a_second_audience_with_the_same_name_is_refused() throws Exception {
        await(window.vm.models().audiences().save(0, "Finance leads", "", "audit", Language.AUTO));
        String why = failure(window.vm.models().audiences().save(0, "Finance leads", "", "tax", Language.AUTO));
        assertTrue(why.startsWith("Another audience already has this name"), why);
    }

    @Test
    void interests_typed_with_commas_are_kept_as_a_list_and_can_be_edited() throws Exception {
        StoredAudience saved = await(window.vm.models().audiences().save(0, " Finance leads ", "CFOs of small firms",
                "cash flow,  month-end close , ,audit", Language.ENGLISH));
        assertEquals(List.of("cash flow", "month-end close", "audit"), saved.audience().interests());
        assertEquals("Finance leads", saved.audience().name());

        await(window.vm.models().audiences().save(saved.id(), "Finance leads", "", "tax", Language.FINNISH));

        window.reopen();
        StoredAudience again = window.vm.models().audiences().audiences().get(0);
        assertEquals(List.of("tax"), again.audience().interests());
        assertEquals(Language.FINNISH, again.audience().language());
    }

    @Test
    void a_draft_written_for_an_audience_hears_from_the_audience_check_even_after_a_restart() throws Exception {
        StoredAudience finance = await(window.vm.models().audiences().save(0, "Finance leads", "",
                "cash flow, month-end close, audit", Language.AUTO));
        long draft = window.vm.models().editor().current().id();
        window.vm.models().editor().textProperty().set(OFF_TOPIC);
        assertFalse(audienceFit(window.check()), "no audience, no audience check");

        window.vm.models().choices().chooseAudience(finance);
        assertTrue(audienceFit(window.check()));
        window.settle();
        assertEquals(finance.id(), window.store.audienceOf(draft).orElseThrow().id());

        window.reopen();
        assertEquals(finance.id(), window.vm.models().choices().audienceProperty().get().id());
        assertTrue(audienceFit(window.check()));

        window.vm.models().choices().chooseAudience(null);
        assertFalse(audienceFit(window.check()));
        window.settle();
        assertTrue(window.store.audienceOf(draft).isEmpty());
    }

    @Test
    void deleting_the_open_drafts_audience_leaves_it_without_one() throws Exception {
        StoredAudience finance = await(window.vm.models().audiences().save(0, "Finance leads", "", "audit", Language.AUTO));
        window.vm.models().editor().textProperty().set(OFF_TOPIC);
        window.vm.models().choices().chooseAudience(finance);
        assertTrue(audienceFit(window.check()));

        await(window.vm.models().audiences().delete(finance.id()));

        assertNull(window.vm.models().choices().audienceProperty().get());
        assertFalse(audienceFit(window.check()));
        assertEquals(List.of(), window.store.audiences());
    }
}
