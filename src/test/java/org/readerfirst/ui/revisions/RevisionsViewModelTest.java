package org.readerfirst.ui.revisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.store.RevisionReason;
import org.readerfirst.store.RevisionSummary;
import org.readerfirst.ui.app.WindowHarness;

/** Keeping, listing, comparing and restoring the open draft's revisions, on a real database without a stage. */
class RevisionsViewModelTest {

    private static RuleEngine engine;

    @TempDir
    Path folder;
    private WindowHarness window;
    private RevisionsViewModel vm;
    private final List<String> restored = new ArrayList<>();

    @BeforeAll
    static void loadRules() {
        engine = BuiltInRules.engine();
    }

    @BeforeEach
    void open() throws Exception {
        window = new WindowHarness(folder.resolve("drafts.db"), engine, () -> engine).open();
        vm = window.vm.models().revisions();
        vm.restores().subscribe(restored::add);
    }

    @AfterEach
    void close() {
        window.close();
    }

    private <T> T await(CompletableFuture<T> f) throws Exception {
        window.runFxUntil(f::isDone);
        return f.get();
    }

    private void type(String text) {
        window.vm.models().editor().textProperty().set(text);
    }

    private long draftId() {
        return window.vm.models().editor().current().id();
    }

    private List<RevisionReason> reasons() throws Exception {
        return await(vm.refresh()).stream().map(RevisionSummary::reason).toList();
    }

    @Test
    void keeping_a_revision_lists_it_with_the_editors_text_even_before_it_is_saved() throws Exception {
        type("Unsaved words.");

        List<RevisionSummary> listed = await(vm.keepNow());

        assertEquals(1, listed.size());
        assertEquals(RevisionReason.MANUAL, listed.get(0).reason());
        assertEquals(14, listed.get(0).size());
        assertEquals(listed, vm.revisions());
    }

    /** Saves what was typed and lets the store report back, so that no late "Saved" replaces a status. */
    private void typeAndSave(String text) throws Exception {
        type(text);
        window.vm.saveNow();
        window.settle();
    }

    @Test
    void keeping_the_text_already_kept_keeps_nothing_new_and_says_so() throws Exception {
        typeAndSave("Same words.");
        assertEquals(List.of(RevisionReason.AUTO), reasons());

        List<RevisionSummary> listed = await(vm.keepNow());

        assertEquals(List.of(RevisionReason.AUTO), listed.stream().map(RevisionSummary::reason).toList());
        assertTrue(window.vm.statusProperty().get().contains("same"));
    }

    @Test
    void keeping_a_new_text_says_it_was_kept() throws Exception {
        typeAndSave("First words.");
        typeAndSave("Second words.");

        await(vm.keepNow());

        assertEquals(List.of(RevisionReason.MANUAL, RevisionReason.AUTO), reasons());
        assertEquals("Revision kept", window.vm.statusProperty().get());
    }

    @Test
    void the_first_autosave_of_a_draft_keeps_a_revision_and_the_next_within_the_pause_does_not() throws Exception {
        type("First version.");
        window.runFxUntil(() -> window.vm.statusProperty().get().startsWith("Saved "));
        window.settle();
        assertEquals(List.of(RevisionReason.AUTO), reasons());

        window.vm.saveNow();
        type("Second version.");
        window.vm.saveNow();
        window.settle();

        assertEquals(List.of(RevisionReason.AUTO), reasons());
        assertEquals("First version.", window.store.revisions().find(vm.revisions().get(0).id()).orElseThrow().body());
    }

    @Test
    void an_empty_draft_keeps_no_automatic_revision() throws Exception {
        window.vm.saveNow();
        window.settle();

        assertEquals(List.of(), reasons());
    }

    @Test
    void two_revisions_are_compared_older_on_the_left_whichever_was_chosen_first() throws Exception {
        type("We shipped on Monday.");
        await(vm.keepNow());
        type("We shipped on Tuesday.");
        List<RevisionSummary> both = await(vm.keepNow());

        RevisionComparison c = await(vm.compare(both));

        assertEquals("We shipped on Monday.", c.leftText());
        assertEquals("We shipped on Tuesday.", c.rightText());
        assertEquals("Monday", c.leftText().substring(c.diff().deleted().get(0).start(), c.diff().deleted().get(0).end()));
        assertEquals("Tuesday", c.rightText().substring(c.diff().inserted().get(0).start(),
                c.diff().inserted().get(0).end()));
        assertTrue(c.leftLabel().startsWith("Revision of "));
    }

    @Test
    void one_revision_is_compared_with_the_text_in_the_editor_now() throws Exception {
        type("Draft one.");
        List<RevisionSummary> one = await(vm.keepNow());
        type("Draft one, better.");

        RevisionComparison c = await(vm.compare(one));

        assertEquals("Draft one.", c.leftText());
        assertEquals("Draft one, better.", c.rightText());
        assertEquals("The text now", c.rightLabel());
        assertTrue(c.diff().deleted().isEmpty());
    }

    @Test
    void comparing_needs_one_or_two_revisions() {
        assertThrows(IllegalArgumentException.class, () -> vm.compare(List.of()));
    }

    @Test
    void restoring_sends_the_revisions_text_to_the_editor_and_keeps_the_text_it_replaces() throws Exception {
        type("The old text.");
        RevisionSummary old = await(vm.keepNow()).get(0);
        typeAndSave("The new text, not yet kept.");

        await(vm.restore(old));

        assertTrue(window.vm.statusProperty().get().contains("Undo"));
        assertEquals(List.of("The old text."), restored);
        List<RevisionSummary> listed = await(vm.refresh());
        assertEquals(RevisionReason.RESTORE, listed.get(0).reason());
        assertEquals("The new text, not yet kept.", window.store.revisions().find(listed.get(0).id()).orElseThrow().body());
    }

    @Test
    void a_revision_of_another_draft_is_not_restored_into_the_open_one() throws Exception {
        type("Text of the first draft.");
        RevisionSummary first = await(vm.keepNow()).get(0);
        await(window.vm.newDraft());
        assertTrue(draftId() != first.draftId());

        await(vm.restore(first));

        assertEquals(List.of(), restored);
    }
}
