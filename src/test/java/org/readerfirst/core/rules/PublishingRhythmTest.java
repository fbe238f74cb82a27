package org.readerfirst.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Publication;

class PublishingRhythmTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Limits LIMITS = Limits.fromTable(Map.of("post", Map.of("per-day", 2),
            "article", Map.of("per-week", 1)));
    // Wednesday 26 November 2025, 12:00 in Helsinki.
    private static final Instant NOW = Instant.parse("2025-11-26T10:00:00Z");

    private static Publication post(String at) {
        return new Publication(1, ContentType.POST, Instant.parse(at));
    }

    private static Publication article(String at) {
        return new Publication(2, ContentType.ARTICLE, Instant.parse(at));
    }

    private static PublishingRhythm rhythm(Publication... log) {
        return new PublishingRhythm(List.of(log), HELSINKI, LIMITS);
    }

    @Test
    void the_limits_come_from_the_built_in_limits_table() {
        Limits builtIn = BuiltInRules.book().limits();
        PublishingRhythm r = new PublishingRhythm(List.of(), HELSINKI, builtIn);
        assertEquals(2, r.updatesPerDay().getAsInt());
        assertEquals(1, r.articlesPerWeek().getAsInt());
        Limits alone = new RulePackLoader(org.readerfirst.core.lang.Lemmatizers.stemmers()).loadBuiltInLimits();
        assertEquals(2, alone.get(ContentType.POST, "per-day").getAsInt());
        assertEquals(1, alone.get(ContentType.ARTICLE, "per-week").getAsInt());
    }

    @Test
    void an_update_is_free_now_with_fewer_than_two_today() {
        assertEquals(NOW, rhythm(post("2025-11-26T06:00:00Z")).nextFreeUpdate(NOW));
    }

    @Test
    void after_two_updates_today_the_next_is_free_at_midnight_in_the_writers_zone() {
        PublishingRhythm r = rhythm(post("2025-11-26T06:00:00Z"), post("2025-11-26T08:00:00Z"));
        assertEquals(LocalDate.of(2025, 11, 27).atStartOfDay(HELSINKI).toInstant(), r.nextFreeUpdate(NOW));
    }

    @Test
    void a_full_tomorrow_pushes_the_next_update_to_the_day_after() {
        PublishingRhythm r = rhythm(post("2025-11-26T06:00:00Z"), post("2025-11-26T08:00:00Z"),
                post("2025-11-27T06:00:00Z"), post("2025-11-27T08:00:00Z"));
        assertEquals(LocalDate.of(2025, 11, 28).atStartOfDay(HELSINKI).toInstant(), r.nextFreeUpdate(NOW));
    }

    @Test
    void an_article_three_days_ago_leaves_the_next_free_seven_days_after_it() {
        PublishingRhythm r = rhythm(article("2025-11-23T09:00:00Z"));
        assertEquals(Instant.parse("2025-11-30T09:00:00Z"), r.nextFreeArticle(NOW));
    }

    @Test
    void an_article_eight_days_ago_leaves_room_now() {
        assertEquals(NOW, rhythm(article("2025-11-18T09:00:00Z")).nextFreeArticle(NOW));
    }

    @Test
    void an_article_planned_in_two_days_blocks_the_week_before_it_too() {
        PublishingRhythm r = rhythm(article("2025-11-28T10:00:00Z"));
        assertEquals(Instant.parse("2025-12-05T10:00:00Z"), r.nextFreeArticle(NOW));
    }

    @Test
    void the_last_eight_weeks_count_updates_and_articles_monday_first_oldest_first() {
        PublishingRhythm r = rhythm(post("2025-11-24T08:00:00Z"), post("2025-11-24T09:00:00Z"),
                post("2025-11-24T10:00:00Z"), article("2025-11-25T08:00:00Z"), post("2025-11-12T08:00:00Z"),
                post("2025-09-01T08:00:00Z"));
        List<PublishingRhythm.Week> weeks = r.lastWeeks(NOW, 8);
        assertEquals(8, weeks.size());
        assertEquals(LocalDate.of(2025, 10, 6), weeks.get(0).monday());
        PublishingRhythm.Week last = weeks.get(7);
        assertEquals(LocalDate.of(2025, 11, 24), last.monday());
        assertEquals(3, last.updates());
        assertEquals(1, last.articles());
        assertTrue(last.updatesOver(), "three updates on one day break the daily limit");
        assertFalse(last.articlesOver());
        assertEquals(1, weeks.get(5).updates());
        assertFalse(weeks.get(5).updatesOver());
        assertEquals(0, weeks.stream().mapToInt(PublishingRhythm.Week::updates).sum() - 4);
    }

    @Test
    void two_articles_within_seven_days_mark_the_week_over() {
        PublishingRhythm r = rhythm(article("2025-11-17T08:00:00Z"), article("2025-11-20T08:00:00Z"));
        assertTrue(r.lastWeeks(NOW, 8).get(6).articlesOver());
    }

    @Test
    void without_limits_in_the_table_everything_is_free_now() {
        PublishingRhythm r = new PublishingRhythm(List.of(post("2025-11-26T06:00:00Z"), post("2025-11-26T07:00:00Z")),
                HELSINKI, new Limits(Map.of()));
        assertEquals(NOW, r.nextFreeUpdate(NOW));
        assertTrue(r.updatesPerDay().isEmpty());
    }

    @Test
    void a_slot_is_proposed_in_working_hours_not_at_midnight() {
        PublishingRhythm r = rhythm(post("2025-11-26T06:00:00Z"), post("2025-11-26T08:00:00Z"));
        // Free from midnight; proposed at nine in the morning, Helsinki time.
        assertEquals(LocalDate.of(2025, 11, 27).atTime(9, 0).atZone(HELSINKI).toInstant(), r.proposedUpdate(NOW));
        // An article free at 09:00 UTC (11:00 in Helsinki) is proposed then.
        assertEquals(Instant.parse("2025-11-30T09:00:00Z"), rhythm(article("2025-11-23T09:00:00Z")).proposedArticle(NOW));
        // One free at 19:00 in Helsinki is proposed the next morning.
        assertEquals(LocalDate.of(2025, 12, 1).atTime(9, 0).atZone(HELSINKI).toInstant(),
                rhythm(article("2025-11-23T17:00:00Z")).proposedArticle(NOW));
        assertEquals(NOW, rhythm().proposedUpdate(NOW), "free now is proposed now, whatever the hour");
    }

    @Test
    void a_day_with_a_third_update_is_crowded_with_all_its_updates_and_a_day_of_two_is_not() {
        // 23:30 UTC on the 25th is already the 26th in Helsinki.
        PublishingRhythm r = rhythm(post("2025-11-25T23:30:00Z"), post("2025-11-26T08:00:00Z"),
                post("2025-11-26T06:00:00Z"), post("2025-11-27T06:00:00Z"), post("2025-11-27T07:00:00Z"),
                article("2025-11-26T09:00:00Z"));

        List<PublishingRhythm.Crowded> days = r.crowdedDays();

        assertEquals(1, days.size());
        assertEquals(LocalDate.of(2025, 11, 26), days.get(0).day());
        assertEquals(2, days.get(0).limit());
        assertEquals(List.of(Instant.parse("2025-11-25T23:30:00Z"), Instant.parse("2025-11-26T06:00:00Z"),
                Instant.parse("2025-11-26T08:00:00Z")), days.get(0).publications().stream().map(Publication::at).toList());
    }

    @Test
    void each_article_that_makes_its_seven_days_hold_two_is_a_crowded_week_as_the_cadence_check_counts() {
        PublishingRhythm r = rhythm(article("2025-11-01T08:00:00Z"), article("2025-11-05T08:00:00Z"),
                article("2025-11-08T08:00:00Z"), article("2025-11-20T08:00:00Z"), article("2025-11-27T08:00:00Z"));

        List<PublishingRhythm.Crowded> weeks = r.crowdedWeeks();

        // The 5th (with the 1st) and the 8th (with the 5th; the 1st is seven days back); the 27th is seven days
        // after the 20th to the minute, so they do not share their seven days.
        assertEquals(List.of(LocalDate.of(2025, 11, 5), LocalDate.of(2025, 11, 8)),
                weeks.stream().map(PublishingRhythm.Crowded::day).toList());
        assertEquals(List.of(Instant.parse("2025-11-05T08:00:00Z"), Instant.parse("2025-11-08T08:00:00Z")),
                weeks.get(1).publications().stream().map(Publication::at).toList());
        assertEquals(1, weeks.get(0).limit());
    }

    @Test
    void articles_of_the_same_moment_crowd_their_week_once() {
        PublishingRhythm r = rhythm(article("2025-11-05T08:00:00Z"), article("2025-11-05T08:00:00Z"));

        assertEquals(1, r.crowdedWeeks().size());
        assertEquals(2, r.crowdedWeeks().get(0).publications().size());
    }

    @Test
    void without_limits_in_the_table_nothing_is_crowded() {
        PublishingRhythm r = new PublishingRhythm(List.of(post("2025-11-26T06:00:00Z"), post("2025-11-26T07:00:00Z"),
                post("2025-11-26T08:00:00Z"), article("2025-11-26T08:00:00Z"), article("2025-11-27T08:00:00Z")),
                HELSINKI, new Limits(Map.of()));
        assertEquals(List.of(), r.crowdedDays());
        assertEquals(List.of(), r.crowdedWeeks());
    }
}
