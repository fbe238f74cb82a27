package org.readerfirst.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.CheckSettings;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Publication;
import org.readerfirst.core.model.PublishingPlan;
import org.readerfirst.core.model.TextSnapshot;

class CadenceRuleTest {
    private static final RuleEngine ENGINE = BuiltInRules.engine();
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final String POST = "Three things we changed in our support rota, and what each did to response times.";

    private static List<Finding> cadence(ContentType type, Instant planned, Publication... log) {
        PublishingPlan plan = new PublishingPlan(List.of(log), planned, HELSINKI);
        return ENGINE.check(new TextSnapshot(POST, type, Language.ENGLISH), CheckSettings.defaults().withPublishing(plan))
                .findings().stream().filter(f -> f.category() == Category.CADENCE).toList();
    }

    private static long nextDraft = 100;

    private static Publication post(String at) {
        return new Publication(nextDraft++, ContentType.POST, Instant.parse(at));
    }

    @Test
    void a_third_update_in_one_calendar_day_is_flagged_with_the_next_free_day() {
        Instant planned = Instant.parse("2026-11-27T18:00:00Z"); // 20:00 in Helsinki
        List<Finding> f = cadence(ContentType.POST, planned, post("2026-11-27T06:00:00Z"), post("2026-11-27T10:00:00Z"));
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("update number 3"), f.get(0).message());
        assertTrue(f.get(0).message().contains("2026-11-28"), f.get(0).message());
    }

    @Test
    void the_day_ends_where_the_writer_lives() {
        // 23:30 UTC on the 26th is already the 27th in Helsinki: it counts for the 27th there.
        Instant planned = Instant.parse("2026-11-27T09:00:00Z");
        assertEquals(1, cadence(ContentType.POST, planned, post("2026-11-26T23:30:00Z"), post("2026-11-27T07:00:00Z")).size());
        assertEquals(0, cadence(ContentType.POST, planned, post("2026-11-26T21:30:00Z"), post("2026-11-27T07:00:00Z")).size());
    }

    @Test
    void a_second_article_within_seven_days_is_flagged_until_the_first_drops_out() {
        Publication article = new Publication(2, ContentType.ARTICLE, Instant.parse("2026-11-23T08:00:00Z"));
        List<Finding> f = cadence(ContentType.ARTICLE, Instant.parse("2026-11-27T08:00:00Z"), article);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("2026-11-30"), f.get(0).message());
        assertEquals(0, cadence(ContentType.ARTICLE, Instant.parse("2026-11-30T09:00:00Z"), article).size());
    }

    @Test
    void comments_and_messages_are_not_updates_and_nothing_is_said_without_a_log() {
        Publication comment = new Publication(3, ContentType.COMMENT, Instant.parse("2026-11-27T08:00:00Z"));
        Instant planned = Instant.parse("2026-11-27T12:00:00Z");
        assertEquals(0, cadence(ContentType.POST, planned, comment, comment, comment).size());
        assertEquals(List.of(), ENGINE.check(new TextSnapshot(POST, ContentType.POST, Language.ENGLISH)).findings()
                .stream().filter(x -> x.category() == Category.CADENCE).toList());
    }

    @Test
    void a_draft_the_log_holds_already_is_that_entry_and_not_one_more() {
        Instant planned = Instant.parse("2026-11-27T18:00:00Z");
        Publication first = new Publication(7, ContentType.POST, Instant.parse("2026-11-27T06:00:00Z"));
        Publication second = new Publication(8, ContentType.POST, Instant.parse("2026-11-27T10:00:00Z"));
        // Either published draft, checked again later that day, is not a third update.
        for (long id : new long[] {7, 8}) {
            PublishingPlan plan = new PublishingPlan(List.of(first, second), planned, HELSINKI, id);
            assertTrue(plan.alreadyPublished());
            assertEquals(List.of(), ENGINE.check(new TextSnapshot(POST, ContentType.POST, Language.ENGLISH),
                    CheckSettings.defaults().withPublishing(plan)).findings().stream()
                    .filter(f -> f.category() == Category.CADENCE).toList());
        }
        // A draft not in the log still would be the third.
        PublishingPlan another = new PublishingPlan(List.of(first, second), planned, HELSINKI, 9);
        List<Finding> f = ENGINE.check(new TextSnapshot(POST, ContentType.POST, Language.ENGLISH),
                CheckSettings.defaults().withPublishing(another)).findings().stream()
                .filter(x -> x.category() == Category.CADENCE).toList();
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("update number 3"), f.get(0).message());
        assertTrue(!f.get(0).pointsAtWords(), "the rhythm is about the draft as a whole, not its opening");
    }

    @Test
    void a_draft_marked_published_twice_in_a_day_is_one_update_and_deleted_drafts_each_count() {
        Instant planned = Instant.parse("2026-11-27T18:00:00Z");
        Publication once = new Publication(7, ContentType.POST, Instant.parse("2026-11-27T06:00:00Z"));
        Publication again = new Publication(7, ContentType.POST, Instant.parse("2026-11-27T06:01:00Z"));
        assertEquals(0, cadence(ContentType.POST, planned, once, again).size());
        Publication goneA = new Publication(0, ContentType.POST, Instant.parse("2026-11-27T06:00:00Z"));
        Publication goneB = new Publication(0, ContentType.POST, Instant.parse("2026-11-27T07:00:00Z"));
        assertEquals(1, cadence(ContentType.POST, planned, goneA, goneB).size());
    }
}
