package org.readerfirst.ui.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.rules.PublishingRhythm;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.store.DraftStore;
import org.readerfirst.ui.app.MainViewModel;
import org.readerfirst.ui.app.WindowHarness;

/** The publishing log in the window: corrections and removals reach the store, the chart and the live checks. */
class PublishingLogViewModelTest {

    private static RuleEngine engine;

    @TempDir
    Path folder;

    private WindowHarness window;
    private Draft first;
    private Draft second;

    @BeforeAll
    static void loadRules() throws Exception {
        // A check runs as a JavaFX Task, which needs the toolkit up.
        org.testfx.api.FxToolkit.registerPrimaryStage();
        engine = BuiltInRules.engine();
    }

    @BeforeEach
    void seed() throws Exception {
        Path db = folder.resolve("drafts.db");
        // Two updates an hour apart, earlier today where the clock stands; the open draft would be the third.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.now();
        Instant early = today.atStartOfDay(ZoneId.systemDefault()).toInstant();
        try (DraftStore store = DraftStore.open(db)) {
            first = store.create("Monday note", "A note.", ContentType.POST, Language.ENGLISH);
            second = store.create("Second note", "Another.", ContentType.POST, Language.ENGLISH);
            store.publishingLog().publish(first.id(), ContentType.POST, now.isBefore(early.plusSeconds(60)) ? now : early);
            store.publishingLog().publish(second.id(), ContentType.POST, now.isBefore(early.plusSeconds(60)) ? now : early.plusSeconds(30));
            Draft third = store.create("Third update", "", ContentType.POST, Language.ENGLISH);
            store.putSetting(MainViewModel.LAST_DRAFT, Long.toString(third.id()));
        }
        window = new WindowHarness(db, engine, () -> engine).open();
        window.vm.models().editor().textProperty().set("Three things we changed in our support rota, and what each did to response times.");
    }

    @AfterEach
    void close() {
        window.close();
    }

    private boolean cadenceFlagged() throws Exception {
        return window.check().stream().map(Finding::ruleId).anyMatch("cadence-updates-per-day"::equals);
    }

    private PublishingLogViewModel log() {
        return window.vm.models().publishingLog();
    }

    @Test
    void the_log_lists_each_entry_with_its_drafts_title() {
        assertEquals(List.of("Monday note", "Second note"), log().entries().stream()
                .map(PublishingLogViewModel.Entry::title).toList());
        PublishingRhythm.Week thisWeek = log().outlookProperty().get().weeks().get(PublishingLogViewModel.WEEKS - 1);
        assertEquals(2, thisWeek.updates());
    }

    @Test
    void removing_an_entry_lifts_the_third_update_finding_and_the_chart_counts_one() throws Exception {
        assertTrue(cadenceFlagged());
        var removed = log().remove(log().entries().get(0));
        window.runFxUntil(removed::isDone);

        assertEquals(1, window.store.publishingLog().publications().size());
        assertEquals(1, log().outlookProperty().get().weeks().get(PublishingLogViewModel.WEEKS - 1).updates());
        assertFalse(cadenceFlagged());
    }

    @Test
    void moving_an_entry_to_an_earlier_week_moves_its_bar_and_lifts_the_finding() throws Exception {
        LocalDate weekAgo = LocalDate.now().minusWeeks(1);
        var corrected = log().correct(log().entries().get(1), weekAgo, 9, 30);
        window.runFxUntil(corrected::isDone);

        Instant expected = LocalDateTime.of(weekAgo, java.time.LocalTime.of(9, 30)).atZone(ZoneId.systemDefault()).toInstant();
        assertEquals(expected, window.store.publishingLog().publications().get(0).at());
        List<PublishingRhythm.Week> weeks = log().outlookProperty().get().weeks();
        assertEquals(1, weeks.get(PublishingLogViewModel.WEEKS - 1).updates());
        assertEquals(1, weeks.get(PublishingLogViewModel.WEEKS - 2).updates());
        assertFalse(cadenceFlagged());
    }

    @Test
    void marking_the_open_draft_published_shows_in_the_log() throws Exception {
        window.vm.models().choices().markPublished();
        window.runFxUntil(() -> log().entries().size() == 3);
        assertEquals("Third update", log().entries().get(2).title());
    }
}
