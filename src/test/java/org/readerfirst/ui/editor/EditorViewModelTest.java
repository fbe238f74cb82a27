package org.readerfirst.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.core.rules.RuleEngine;

/** The editor's state without a stage: checks run on an executor the test drives by hand. */
class EditorViewModelTest {

    private static RuleEngine engine;
    private final List<Runnable> queued = new ArrayList<>();
    private final Executor byHand = queued::add;
    private final EditorViewModel vm = new EditorViewModel(engine, byHand, Language.ENGLISH);

    @BeforeAll
    static void setUp() {
        engine = BuiltInRules.engine();
    }

    private static Draft draft(String body, ContentType type) {
        Instant t = Instant.parse("2026-01-01T10:00:00Z");
        return new Draft(1, "Test", body, type, Language.AUTO, t, t);
    }

    private CheckOutcome runQueued(CompletableFuture<CheckOutcome> task) throws Exception {
        List<Runnable> now = new ArrayList<>(queued);
        queued.clear();
        now.forEach(Runnable::run);
        return task.get();
    }

    private void type(int at, String inserted) {
        String text = vm.textProperty().get();
        vm.textEdited(at, 0, inserted.length());
        vm.textProperty().set(text.substring(0, at) + inserted + text.substring(at));
    }

    @Test
    void a_new_draft_takes_its_title_from_the_first_line_until_the_writer_names_it() {
        Instant t = Instant.parse("2026-01-01T10:00:00Z");
        vm.load(new Draft(1, Messages.get("drafts.untitled"), "", ContentType.POST, Language.AUTO, t, t));
        type(0, "Three things we changed");
        assertEquals("Three things we changed", vm.current().title());
        type(vm.textProperty().get().length(), " in our rota\nThe first was the handover.");
        assertEquals("Three things we changed in our rota", vm.current().title());
        vm.textProperty().set("");
        assertEquals(Messages.get("drafts.untitled"), vm.current().title(), "no text, no first line");

        vm.textProperty().set("Hello there");
        vm.rename("Support rota");
        type(0, "Well. ");
        assertEquals("Support rota", vm.current().title(), "a name the writer gave stays");

        // A draft opened with its own title keeps it.
        vm.load(new Draft(2, "Quarterly note", "Body text", ContentType.POST, Language.AUTO, t, t));
        type(0, "New opening. ");
        assertEquals("Quarterly note", vm.current().title());
    }

    @Test
    void the_counter_counts_what_linkedin_receives_not_the_markdown() {
        vm.load(draft("**Three** things we _changed_", ContentType.POST));
        String exported = org.readerfirst.export.Exporter.copyForLinkedIn("**Three** things we _changed_",
                ContentType.POST, Language.AUTO).plain();
        assertEquals(exported.codePointCount(0, exported.length()), vm.linkedInLengthProperty().get());
        assertEquals("Three things we changed".length(), vm.linkedInLengthProperty().get(),
                "a styled letter counts once and the marks not at all");
        assertTrue(vm.counterTextProperty().get().startsWith("23 /"), vm.counterTextProperty().get());
    }

    @Test
    void a_long_text_is_counted_off_the_fx_thread_and_arrives() throws Exception {
        String article = "One paragraph of the article, with **bold** words in it.\n\n".repeat(200);
        vm.load(draft(article, ContentType.ARTICLE));
        // The count is made on the check's executor (run by hand here), not on the spot.
        List<Runnable> now = new ArrayList<>(queued);
        queued.clear();
        now.forEach(Runnable::run);
        assertEquals(org.readerfirst.export.Exporter.linkedInLength(article, ContentType.ARTICLE, Language.AUTO),
                vm.linkedInLengthProperty().get());
        assertTrue(vm.linkedInLengthProperty().get() < article.length());
    }

    @Test
    void a_check_finds_the_stock_birthday_greeting_and_reports_the_detected_language() throws Exception {
        vm.load(draft("Happy birthday!", ContentType.MESSAGE));
        assertTrue(vm.live().apply(runQueued(vm.live().startCheck())));
        Finding f = vm.live().currentFindings().stream()
                .filter(x -> x.category() == Category.TEMPLATE_MESSAGE).findFirst().orElseThrow();
        assertEquals("Happy birthday", "Happy birthday!".substring(f.start(), f.end()));
        assertEquals(Language.ENGLISH, vm.live().detectedLanguageProperty().get());
    }

    @Test
    void the_check_runs_on_the_given_executor_not_on_the_caller() {
        vm.load(draft("Happy birthday!", ContentType.MESSAGE));
        vm.live().startCheck();
        assertEquals(1, queued.size());
        assertTrue(vm.live().checkingProperty().get());
    }

    @Test
    void findings_move_right_when_text_is_inserted_before_them() throws Exception {
        vm.load(draft("Happy birthday!", ContentType.MESSAGE));
        vm.live().apply(runQueued(vm.live().startCheck()));
        Finding before = vm.live().currentFindings().get(0);

        type(0, "Anna, ");

        Finding after = vm.live().currentFindings().get(0);
        assertEquals(before.start() + 6, after.start());
        assertEquals(before.end() + 6, after.end());
        assertEquals("Happy birthday", vm.textProperty().get().substring(after.start(), after.end()));
        assertEquals(new TextSpan(after.start(), after.end()),
                vm.live().spanOf(vm.live().lastResultProperty().get().findings().get(0)).orElseThrow());
    }

    @Test
    void a_result_for_text_that_has_changed_since_its_snapshot_is_not_applied() throws Exception {
        vm.load(draft("Happy birthday!", ContentType.MESSAGE));
        CompletableFuture<CheckOutcome> stale = vm.live().startCheck();
        type(0, "Dear Anna. ");

        assertFalse(vm.live().apply(runQueued(stale)));
        assertTrue(vm.live().currentFindings().isEmpty());
        assertNull(vm.live().lastResultProperty().get());

        assertTrue(vm.live().apply(runQueued(vm.live().startCheck())));
        assertFalse(vm.live().currentFindings().isEmpty());
    }

    @Test
    void changing_the_surface_makes_a_running_check_stale_and_asks_for_a_new_one() throws Exception {
        vm.load(draft("Happy birthday!", ContentType.POST));
        List<Object> requests = new ArrayList<>();
        vm.live().recheckRequests().subscribe(requests::add);
        CompletableFuture<CheckOutcome> forPost = vm.live().startCheck();

        vm.typeProperty().set(ContentType.MESSAGE);

        assertEquals(1, requests.size());
        assertFalse(vm.live().apply(runQueued(forPost)));
    }

    @Test
    void the_counter_shows_characters_against_the_surface_limit() {
        vm.load(draft("Hello", ContentType.POST));
        assertEquals("5 / 3,000", vm.counterTextProperty().get());
        assertFalse(vm.overLimitProperty().get());
    }

    @Test
    void the_counter_turns_over_past_the_limit_and_back_when_the_surface_allows_more() {
        vm.load(draft("x".repeat(300), ContentType.CONNECTION_NOTE));
        assertFalse(vm.overLimitProperty().get());

        type(300, "y");
        assertTrue(vm.overLimitProperty().get());
        assertEquals("301 / 300", vm.counterTextProperty().get());

        vm.typeProperty().set(ContentType.MESSAGE);
        assertFalse(vm.overLimitProperty().get());
        assertEquals("301 / 8,000", vm.counterTextProperty().get());
    }

    @Test
    void opening_another_draft_forgets_the_findings_of_the_last() throws Exception {
        vm.load(draft("Happy birthday!", ContentType.MESSAGE));
        vm.live().apply(runQueued(vm.live().startCheck()));
        vm.load(new Draft(2, "Other", "Something else", ContentType.POST, Language.AUTO,
                Instant.EPOCH, Instant.EPOCH));
        assertTrue(vm.live().currentFindings().isEmpty());
        assertNull(vm.live().detectedLanguageProperty().get());
    }

    @Test
    void the_current_draft_carries_the_edited_text_surface_and_language() {
        vm.load(draft("Hello", ContentType.POST));
        type(5, " there");
        vm.typeProperty().set(ContentType.COMMENT);
        vm.languageProperty().set(Language.FINNISH);
        Draft d = vm.current();
        assertEquals("Hello there", d.body());
        assertEquals(ContentType.COMMENT, d.type());
        assertEquals(Language.FINNISH, d.language());
    }
}
