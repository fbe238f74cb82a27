package org.readerfirst.core.habits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Publication;
import org.readerfirst.core.rules.Limits;

/** The report's figures from a made-up history whose verdicts are given, so every number can be told by hand. */
class HabitsTallyTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Limits LIMITS = Limits.fromTable(Map.of("post", Map.of("per-day", 2),
            "article", Map.of("per-week", 1)));

    private final List<Publication> log = new ArrayList<>();
    private final List<HistoryText> texts = new ArrayList<>();
    private final Map<Long, TextVerdict> verdicts = new HashMap<>();

    private void published(long id, ContentType type, String at, String text, TextVerdict verdict) {
        log.add(new Publication(id, type, Instant.parse(at)));
        texts.add(new HistoryText(id, type, Language.ENGLISH, text, Instant.parse(at)));
        if (verdict != null) {
            verdicts.put(id, verdict);
        }
    }

    private static TextVerdict verdict(int score, Category... flagged) {
        return new TextVerdict(score, Set.of(flagged), List.of());
    }

    private HabitsReport report() {
        return HabitsTally.of(log, texts, verdicts, LIMITS, HELSINKI);
    }

    @Test
    void each_month_counts_what_went_out_by_surface_with_the_drafts_behind_it() {
        published(1, ContentType.POST, "2025-03-03T08:00:00Z", "Pricing is courage.", verdict(90));
        published(2, ContentType.COMMENT, "2025-03-04T08:00:00Z", "Good point.", verdict(100));
        published(3, ContentType.ARTICLE, "2025-05-10T08:00:00Z", "A long article.", verdict(80));
        published(4, ContentType.MESSAGE, "2025-05-11T08:00:00Z", "Hi Ada, thanks for the talk.", verdict(100));
        // 23:30 UTC on 31 May is June in Helsinki.
        published(5, ContentType.CONNECTION_NOTE, "2025-05-31T23:30:00Z", "Hi Ada.", verdict(70));

        HabitsReport r = report();

        assertEquals(List.of(YearMonth.of(2025, 3), YearMonth.of(2025, 4), YearMonth.of(2025, 5), YearMonth.of(2025, 6)),
                r.months().stream().map(MonthFigures::month).toList());
        MonthFigures march = r.months().get(0);
        assertEquals(new Counted(1, List.of(1L)), march.published(ContentType.POST));
        assertEquals(new Counted(1, List.of(2L)), march.published(ContentType.COMMENT));
        assertEquals(Counted.NONE, march.published(ContentType.ARTICLE));
        assertEquals(0, r.months().get(1).publishedCount(), "a month without anything is there, empty");
        assertEquals(new Counted(1, List.of(3L)), r.months().get(2).published(ContentType.ARTICLE));
        assertEquals(new Counted(1, List.of(4L)), r.months().get(2).published(ContentType.MESSAGE));
        assertEquals(new Counted(1, List.of(5L)), r.months().get(3).published(ContentType.CONNECTION_NOTE));
        assertEquals(new Counted(1, List.of(1L)), r.published(ContentType.POST));
        assertEquals(new Counted(5, List.of(1L, 2L, 3L, 4L, 5L)), r.checked());
    }

    @Test
    void a_draft_logged_twice_counts_once_at_its_first_entry_and_a_deleted_one_counts_without_an_id() {
        published(1, ContentType.POST, "2025-03-03T08:00:00Z", "Pricing is courage.", verdict(90));
        log.add(new Publication(1, ContentType.POST, Instant.parse("2025-04-03T08:00:00Z")));
        log.add(new Publication(0, ContentType.POST, Instant.parse("2025-03-20T08:00:00Z")));

        HabitsReport r = report();

        assertEquals(List.of(YearMonth.of(2025, 3)), r.months().stream().map(MonthFigures::month).toList(),
                "the second entry in April is no new text");
        assertEquals(new Counted(2, List.of(1L)), r.months().get(0).published(ContentType.POST));
    }

    @Test
    void a_day_of_three_updates_and_seven_days_of_two_articles_break_the_rhythm_in_their_months() {
        published(1, ContentType.POST, "2025-03-03T06:00:00Z", "One.", verdict(90));
        published(2, ContentType.POST, "2025-03-03T08:00:00Z", "Two.", verdict(90));
        published(3, ContentType.POST, "2025-03-03T12:00:00Z", "Three.", verdict(90));
        published(4, ContentType.POST, "2025-03-04T12:00:00Z", "Four.", verdict(90));
        published(5, ContentType.COMMENT, "2025-03-04T12:00:00Z", "Comments are no updates.", verdict(90));
        published(6, ContentType.COMMENT, "2025-03-04T13:00:00Z", "Nor is this one.", verdict(90));
        published(7, ContentType.ARTICLE, "2025-03-28T08:00:00Z", "First article.", verdict(90));
        published(8, ContentType.ARTICLE, "2025-04-02T08:00:00Z", "Second, five days later.", verdict(90));

        HabitsReport r = report();

        MonthFigures march = r.months().get(0);
        assertEquals(List.of(new RhythmBreak(LocalDate.of(2025, 3, 3), ContentType.POST, 3, 2, List.of(1L, 2L, 3L))),
                march.crowdedDays());
        assertEquals(List.of(), march.crowdedWeeks());
        assertEquals(3, march.busiestDay());
        assertEquals(1, march.busiestWeek());
        assertEquals(0, r.months().get(1).busiestDay());
        assertEquals(2, r.months().get(1).busiestWeek());
        assertEquals(List.of(new RhythmBreak(LocalDate.of(2025, 4, 2), ContentType.ARTICLE, 2, 1, List.of(7L, 8L))),
                r.months().get(1).crowdedWeeks());
        assertEquals(1, r.crowdedDays().size());
        assertEquals(1, r.crowdedWeeks().size());
        assertEquals(2, r.updatesPerDay().getAsInt());
        assertEquals(1, r.articlesPerWeek().getAsInt());
    }

    @Test
    void each_category_has_its_share_of_the_checked_texts_and_the_scores_their_median() {
        published(1, ContentType.POST, "2025-03-03T08:00:00Z", "A.", verdict(60, Category.SELF_PROMOTION, Category.HOOK));
        published(2, ContentType.POST, "2025-03-05T08:00:00Z", "B.", verdict(80, Category.SELF_PROMOTION));
        published(3, ContentType.POST, "2025-03-07T08:00:00Z", "C.", verdict(100));
        published(4, ContentType.POST, "2025-03-09T08:00:00Z", "D.", verdict(90));
        published(5, ContentType.POST, "2025-04-01T08:00:00Z", "E.", verdict(50, Category.CLARITY));
        published(6, ContentType.POST, "2025-04-02T08:00:00Z", "   ", null);

        HabitsReport r = report();

        MonthFigures march = r.months().get(0);
        CategoryShare promotion = share(march.categories(), Category.SELF_PROMOTION);
        assertEquals(List.of(1L, 2L), promotion.draftIds());
        assertEquals(4, promotion.of());
        assertEquals(0.5, promotion.share());
        assertEquals(0.25, share(march.categories(), Category.HOOK).share());
        assertEquals(0.0, share(march.categories(), Category.CLARITY).share());
        assertEquals(OptionalDouble.of(85), march.medianScore());
        MonthFigures april = r.months().get(1);
        assertEquals(new Counted(1, List.of(5L)), april.checked(), "a text without words is not checked");
        assertEquals(OptionalDouble.of(50), april.medianScore());
        assertEquals(OptionalDouble.of(80), r.medianScore());
        assertEquals(new CategoryShare(Category.SELF_PROMOTION, List.of(1L, 2L), 5), share(r.categories(), Category.SELF_PROMOTION));
        assertEquals(Category.audienceFirst().size(), r.categories().size());
        assertTrue(r.categories().stream().noneMatch(c -> c.category() == Category.GRAMMAR || c.category() == Category.CADENCE));
    }

    @Test
    void stock_messages_notes_and_comments_are_counted_with_their_phrases_the_most_used_first() {
        published(1, ContentType.MESSAGE, "2025-03-03T08:00:00Z", "Happy birthday, Anna!",
                new TextVerdict(72, Set.of(Category.TEMPLATE_MESSAGE), List.of("happy birthday")));
        published(2, ContentType.MESSAGE, "2025-03-04T08:00:00Z", "Happy birthday Ben",
                new TextVerdict(72, Set.of(Category.TEMPLATE_MESSAGE), List.of("happy birthday")));
        published(3, ContentType.MESSAGE, "2025-03-05T08:00:00Z", "Hi Ada, your talk on pricing made me rethink ours.",
                verdict(100));
        published(4, ContentType.CONNECTION_NOTE, "2025-03-06T08:00:00Z", "I'd like to add you to my network.",
                new TextVerdict(72, Set.of(Category.TEMPLATE_MESSAGE), List.of("i'd like to add you to my network")));
        published(5, ContentType.COMMENT, "2025-03-07T08:00:00Z", "Great post, thanks for sharing.",
                new TextVerdict(60, Set.of(Category.TEMPLATE_MESSAGE), List.of("great post", "thanks for sharing")));
        published(6, ContentType.POST, "2025-03-08T08:00:00Z", "A post is not sent to anyone.", verdict(100));

        HabitsReport r = report();

        assertEquals(List.of(
                new StockTexts(ContentType.MESSAGE, new Counted(3, List.of(1L, 2L, 3L)), new Counted(2, List.of(1L, 2L))),
                new StockTexts(ContentType.CONNECTION_NOTE, new Counted(1, List.of(4L)), new Counted(1, List.of(4L))),
                new StockTexts(ContentType.COMMENT, new Counted(1, List.of(5L)), new Counted(1, List.of(5L)))), r.stock());
        assertEquals(List.of(new PhraseCount("happy birthday", List.of(1L, 2L)), new PhraseCount("great post", List.of(5L)),
                new PhraseCount("i'd like to add you to my network", List.of(4L)),
                new PhraseCount("thanks for sharing", List.of(5L))), r.stockPhrases());
    }

    @Test
    void openings_repeated_in_posts_articles_and_comments_are_listed_the_most_repeated_first() {
        published(1, ContentType.POST, "2025-03-03T08:00:00Z", "Here's the thing: pricing is courage. More.", verdict(90));
        published(2, ContentType.POST, "2025-03-04T08:00:00Z", "HERE’S THE THING — pricing is courage!\nOther words.", verdict(90));
        published(3, ContentType.ARTICLE, "2025-03-05T08:00:00Z", "Here's the thing: pricing is courage", verdict(90));
        published(4, ContentType.COMMENT, "2025-03-06T08:00:00Z", "Great point. I agree.", verdict(90));
        published(5, ContentType.COMMENT, "2025-03-07T08:00:00Z", "Great point! Thanks.", verdict(90));
        published(6, ContentType.POST, "2025-03-08T08:00:00Z", "Only once. Said here.", verdict(90));
        published(7, ContentType.MESSAGE, "2025-03-09T08:00:00Z", "Great point.", verdict(90));
        published(8, ContentType.POST, "2025-03-10T08:00:00Z",
                "One two three four five six seven eight nine ten. Rest.", verdict(90));
        published(9, ContentType.POST, "2025-03-11T08:00:00Z", "One two three four five six seven eight and on.", verdict(90));

        HabitsReport r = report();

        assertEquals(List.of(new PhraseCount("here's the thing pricing is courage", List.of(1L, 2L, 3L)),
                new PhraseCount("great point", List.of(4L, 5L)),
                new PhraseCount("one two three four five six seven eight", List.of(8L, 9L))), r.openings());
    }

    @Test
    void only_the_ten_most_repeated_openings_are_listed() {
        for (int i = 0; i < 12; i++) {
            for (int n = 0; n <= 1 + i % 3; n++) {
                long id = i * 10L + n + 1;
                published(id, ContentType.POST, Instant.parse("2025-03-01T08:00:00Z").plusSeconds(id * 3600).toString(),
                        "Opening number " + i + ". Then more.", verdict(90));
            }
        }
        List<PhraseCount> openings = report().openings();
        assertEquals(HabitsTally.TOP_OPENINGS, openings.size());
        assertEquals(List.of(4, 4, 4, 4, 3, 3, 3, 3, 2, 2), openings.stream().map(PhraseCount::count).toList());
    }

    @Test
    void an_empty_log_gives_an_empty_report() {
        HabitsReport r = report();
        assertTrue(r.isEmpty());
        assertEquals(OptionalDouble.empty(), r.medianScore());
        assertEquals(Counted.NONE, r.checked());
        assertEquals(List.of(), r.openings());
    }

    private static CategoryShare share(List<CategoryShare> shares, Category c) {
        return shares.stream().filter(s -> s.category() == c).findFirst().orElseThrow();
    }
}
