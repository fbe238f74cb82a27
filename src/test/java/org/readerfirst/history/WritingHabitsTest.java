package org.readerfirst.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.habits.HabitsReport;
import org.readerfirst.core.habits.MonthFigures;
import org.readerfirst.core.habits.PhraseCount;
import org.readerfirst.core.habits.RhythmBreak;
import org.readerfirst.core.habits.StockTexts;
import org.readerfirst.core.habits.TextVerdict;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.KeptVerdict;
import org.readerfirst.store.StoreException;

/** The habits report over a real library in a temporary folder: an imported export and drafts published in the app. */
class WritingHabitsTest {

    private static final ZoneId UTC = ZoneOffset.UTC;

    @TempDir
    Path dir;

    private DraftStore store;
    private final AtomicInteger tasks = new AtomicInteger();
    private final Executor counting = r -> {
        tasks.incrementAndGet();
        r.run();
    };

    @BeforeEach
    void open() throws StoreException {
        store = DraftStore.open(dir.resolve("readerfirst.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private HabitsReport report() throws Exception {
        return WritingHabits.report(store, BuiltInRules.engine(), UTC, counting);
    }

    private Draft publish(String body, ContentType type, String at) throws StoreException {
        Draft d = store.create(body.substring(0, Math.min(20, body.length())), body, type, Language.ENGLISH);
        store.publishingLog().publish(d.id(), type, Instant.parse(at));
        return d;
    }

    @Test
    void an_imported_export_is_counted_by_month_and_its_stock_comment_named() throws Exception {
        LinkedInImport.importInto(store, SampleExports.folder("current"));

        HabitsReport r = report();

        assertEquals(List.of(YearMonth.of(2025, 4), YearMonth.of(2025, 5), YearMonth.of(2025, 6)),
                r.months().stream().map(MonthFigures::month).toList());
        MonthFigures may = r.months().get(1);
        assertEquals(1, may.published(ContentType.POST).count());
        assertEquals(2, may.published(ContentType.COMMENT).count());
        assertEquals(1, may.published(ContentType.MESSAGE).count());
        assertEquals(2, may.published(ContentType.CONNECTION_NOTE).count());
        assertEquals(1, r.months().get(2).published(ContentType.COMMENT).count());
        assertEquals(10, r.checked().count());
        StockTexts comments = r.stock().stream().filter(s -> s.type() == ContentType.COMMENT).findFirst().orElseThrow();
        assertEquals(3, comments.sent().count());
        assertEquals(1, comments.stock().count());
        PhraseCount congrats = r.stockPhrases().stream().filter(p -> p.phrase().equals("congrats on the launch"))
                .findFirst().orElseThrow(() -> new AssertionError(r.stockPhrases().toString()));
        assertEquals(comments.stock().draftIds(), congrats.draftIds());
        Draft comment = store.find(congrats.draftIds().get(0)).orElseThrow();
        assertEquals("Congrats on the launch!", comment.body());
    }

    @Test
    void a_day_of_three_posts_and_an_opening_used_three_times_stand_out() throws Exception {
        Draft first = publish("Here is what nobody tells you about pricing. We raised ours by a third.", ContentType.POST,
                "2025-09-02T07:00:00Z");
        Draft second = publish("Here is what nobody tells you about pricing! Customers stayed.", ContentType.POST,
                "2025-09-02T09:00:00Z");
        Draft third = publish("Here is what nobody tells you about pricing: the sales team loved it.", ContentType.POST,
                "2025-09-02T15:00:00Z");
        publish("One article on onboarding, with the numbers from our last three cohorts.", ContentType.ARTICLE,
                "2025-09-10T08:00:00Z");
        Draft soon = publish("A second article, four days later, on what the cohorts taught us.", ContentType.ARTICLE,
                "2025-09-14T08:00:00Z");

        HabitsReport r = report();

        List<Long> posts = List.of(first.id(), second.id(), third.id());
        assertEquals(List.of(new RhythmBreak(LocalDate.of(2025, 9, 2), ContentType.POST, 3, 2, posts)), r.crowdedDays());
        assertEquals(LocalDate.of(2025, 9, 14), r.crowdedWeeks().get(0).day());
        assertTrue(r.crowdedWeeks().get(0).draftIds().contains(soon.id()));
        assertEquals(List.of(new PhraseCount("here is what nobody tells you about pricing", posts)), r.openings());
    }

    @Test
    void the_verdicts_are_kept_so_the_next_report_checks_only_a_changed_text() throws Exception {
        LinkedInImport.importInto(store, SampleExports.folder("current"));
        HabitsReport before = report();
        int firstTasks = tasks.getAndSet(0);
        Map<Long, KeptVerdict> kept = store.keptVerdicts();

        HabitsReport again = report();

        assertTrue(firstTasks > 0);
        assertEquals(0, tasks.get(), "nothing checked again");
        assertEquals(before, again);
        assertEquals(10, kept.size());

        long id = before.checked().draftIds().get(0);
        Draft d = store.find(id).orElseThrow();
        store.save(d.withBody("Happy birthday!", Instant.now()));
        report();
        assertEquals(1, tasks.get(), "only the changed text is checked");
        assertTrue(TextVerdict.decode(store.keptVerdicts().get(id).verdict()).orElseThrow().score() < 100);
    }

    @Test
    void a_verdict_kept_by_other_rules_or_damaged_is_checked_again() throws Exception {
        Draft post = publish("Three things we changed in our support rota.", ContentType.POST, "2025-09-02T07:00:00Z");
        report();
        String fingerprint = store.keptVerdicts().get(post.id()).fingerprint();
        store.keepVerdicts(List.of(new KeptVerdict(post.id(), "other rules", "100||")));
        report();
        assertEquals(fingerprint, store.keptVerdicts().get(post.id()).fingerprint());

        tasks.set(0);
        store.keepVerdicts(List.of(new KeptVerdict(post.id(), fingerprint, "damaged")));
        report();
        assertEquals(1, tasks.get());
    }

    @Test
    void the_writers_rules_switched_off_are_left_out_of_the_report() throws Exception {
        Draft comment = publish("Great post!", ContentType.COMMENT, "2025-09-02T07:00:00Z");
        assertEquals(List.of(comment.id()), report().stock().get(2).stock().draftIds());

        for (String rule : Set.of("template-great-post", "template-generic-praise", "template-few-words-comment")) {
            store.setRuleEnabled(rule, false);
        }

        assertEquals(List.of(), report().stock().get(2).stock().draftIds());
    }

    @Test
    void a_library_with_nothing_published_gives_an_empty_report() throws Exception {
        store.create("Idea", "Not yet out.", ContentType.POST, Language.ENGLISH);
        assertTrue(report().isEmpty());
        assertEquals(0, tasks.get());
    }
}
