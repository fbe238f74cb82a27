package org.readerfirst.core.habits;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Publication;
import org.readerfirst.core.rules.Limits;
import org.readerfirst.core.rules.PublishingRhythm;

/**
 * Works out the {@link HabitsReport} from the publishing log, the published texts and their verdicts.
 * Pure: the same input gives the same report.
 */
public final class HabitsTally {

    /** The openings listed: the most repeated ones. */
    public static final int TOP_OPENINGS = 10;

    private static final Duration WEEK = Duration.ofDays(7);

    /** The surfaces sent to a person or under someone's post, where stock words are what the guidance warns of. */
    static final List<ContentType> SENT_TO_PEOPLE = List.of(ContentType.MESSAGE, ContentType.CONNECTION_NOTE,
            ContentType.COMMENT);

    /** The surfaces the writer's network reads in the feed, whose openings are compared. */
    static final List<ContentType> IN_THE_FEED = List.of(ContentType.POST, ContentType.ARTICLE, ContentType.COMMENT);

    private HabitsTally() {
    }

    /**
     * @param log the publishing log; a draft logged more than once counts once, at its first entry, as the
     *            cadence checks count it; an entry whose draft was deleted (id 0) counts on its own
     * @param texts the published texts still in the library, one a draft, dated and typed by their first
     *              entry in the log
     * @param verdicts the texts' verdicts by draft id; a text without one (no words) is not among the checked
     * @param limits the limits table, whose {@code per-day} of posts and {@code per-week} of articles are the rhythm
     * @param zone whose calendar days and months
     */
    public static HabitsReport of(List<Publication> log, List<HistoryText> texts, Map<Long, TextVerdict> verdicts,
                                  Limits limits, ZoneId zone) {
        List<Publication> firsts = firstOfEachDraft(log);
        TreeMap<YearMonth, Month> months = new TreeMap<>();
        for (Publication p : firsts) {
            months.computeIfAbsent(YearMonth.from(p.at().atZone(zone)), Month::new).publish(p);
        }
        List<HistoryText> byTime = new ArrayList<>(texts);
        byTime.sort(Comparator.comparing(HistoryText::publishedAt).thenComparingLong(HistoryText::draftId));
        for (HistoryText t : byTime) {
            TextVerdict v = verdicts.get(t.draftId());
            if (v != null) {
                months.computeIfAbsent(YearMonth.from(t.publishedAt().atZone(zone)), Month::new).check(t.draftId(), v);
            }
        }
        busiest(firsts, zone, months);
        PublishingRhythm rhythm = new PublishingRhythm(firsts, zone, limits);
        for (PublishingRhythm.Crowded c : rhythm.crowdedDays()) {
            months.computeIfAbsent(YearMonth.from(c.day()), Month::new).crowdedDays.add(rhythmBreak(c, ContentType.POST));
        }
        for (PublishingRhythm.Crowded c : rhythm.crowdedWeeks()) {
            months.computeIfAbsent(YearMonth.from(c.day()), Month::new).crowdedWeeks.add(rhythmBreak(c, ContentType.ARTICLE));
        }
        List<MonthFigures> figures = new ArrayList<>();
        Month whole = new Month(null);
        if (!months.isEmpty()) {
            for (YearMonth m = months.firstKey(); !m.isAfter(months.lastKey()); m = m.plusMonths(1)) {
                Month month = months.getOrDefault(m, new Month(m));
                figures.add(month.figures());
                whole.checkedIds.addAll(month.checkedIds);
                whole.scores.addAll(month.scores);
                month.flagged.forEach((c, ids) -> whole.flagged.computeIfAbsent(c, k -> new ArrayList<>()).addAll(ids));
            }
        }
        return new HabitsReport(zone, rhythm.updatesPerDay(), rhythm.articlesPerWeek(), figures,
                new Counted(whole.checkedIds.size(), whole.checkedIds), whole.shares(), median(whole.scores),
                stock(byTime, verdicts), stockPhrases(byTime, verdicts), openings(byTime));
    }

    /** Each draft once, at its earliest entry; entries of deleted drafts each on their own; oldest first. */
    static List<Publication> firstOfEachDraft(List<Publication> log) {
        Map<Long, Publication> first = new HashMap<>();
        List<Publication> out = new ArrayList<>();
        for (Publication p : log) {
            if (p.draftId() > 0) {
                first.merge(p.draftId(), p, (a, b) -> b.at().isBefore(a.at()) ? b : a);
            } else {
                out.add(p);
            }
        }
        out.addAll(first.values());
        out.sort(Comparator.comparing(Publication::at).thenComparingLong(Publication::draftId));
        return out;
    }

    /**
     * Each month's busiest day (updates) and busiest seven days (articles, counted in the seven days that
     * end at each article, as the cadence check counts them), whether or not they went over the limits.
     */
    private static void busiest(List<Publication> firsts, ZoneId zone, Map<YearMonth, Month> months) {
        Map<LocalDate, Integer> perDay = new HashMap<>();
        List<Instant> articles = new ArrayList<>();
        for (Publication p : firsts) {
            if (p.type() == ContentType.POST) {
                perDay.merge(LocalDate.ofInstant(p.at(), zone), 1, Integer::sum);
            } else if (p.type() == ContentType.ARTICLE) {
                articles.add(p.at());
            }
        }
        perDay.forEach((day, n) -> months.get(YearMonth.from(day)).busiestDay(n));
        int first = 0;
        for (int i = 0; i < articles.size(); i++) {
            Instant at = articles.get(i);
            while (!articles.get(first).isAfter(at.minus(WEEK))) {
                first++;
            }
            int last = i;
            while (last + 1 < articles.size() && articles.get(last + 1).equals(at)) {
                last++;
            }
            months.get(YearMonth.from(at.atZone(zone))).busiestWeek(last + 1 - first);
        }
    }

    private static RhythmBreak rhythmBreak(PublishingRhythm.Crowded c, ContentType type) {
        return new RhythmBreak(c.day(), type, c.publications().size(), c.limit(), ids(c.publications()));
    }

    private static List<Long> ids(List<Publication> publications) {
        return publications.stream().mapToLong(Publication::draftId).filter(id -> id > 0).boxed().toList();
    }

    private static List<StockTexts> stock(List<HistoryText> texts, Map<Long, TextVerdict> verdicts) {
        List<StockTexts> out = new ArrayList<>();
        for (ContentType type : SENT_TO_PEOPLE) {
            List<Long> sent = new ArrayList<>();
            List<Long> stock = new ArrayList<>();
            for (HistoryText t : texts) {
                TextVerdict v = verdicts.get(t.draftId());
                if (t.type() == type && v != null) {
                    sent.add(t.draftId());
                    if (v.stock()) {
                        stock.add(t.draftId());
                    }
                }
            }
            out.add(new StockTexts(type, new Counted(sent.size(), sent), new Counted(stock.size(), stock)));
        }
        return out;
    }

    private static List<PhraseCount> stockPhrases(List<HistoryText> texts, Map<Long, TextVerdict> verdicts) {
        Map<String, List<Long>> byPhrase = new LinkedHashMap<>();
        for (HistoryText t : texts) {
            TextVerdict v = verdicts.get(t.draftId());
            if (v != null) {
                v.stockPhrases().forEach(p -> byPhrase.computeIfAbsent(p, k -> new ArrayList<>()).add(t.draftId()));
            }
        }
        return mostUsedFirst(byPhrase, 1, Integer.MAX_VALUE);
    }

    private static List<PhraseCount> openings(List<HistoryText> texts) {
        Map<String, List<Long>> byOpening = new LinkedHashMap<>();
        for (HistoryText t : texts) {
            if (IN_THE_FEED.contains(t.type())) {
                String opening = Wording.opening(t.text());
                if (!opening.isEmpty()) {
                    byOpening.computeIfAbsent(opening, k -> new ArrayList<>()).add(t.draftId());
                }
            }
        }
        return mostUsedFirst(byOpening, 2, TOP_OPENINGS);
    }

    /** The phrases in at least {@code min} texts, the most used first, then alphabetically; at most {@code max}. */
    private static List<PhraseCount> mostUsedFirst(Map<String, List<Long>> byPhrase, int min, int max) {
        return byPhrase.entrySet().stream()
                .filter(e -> e.getValue().size() >= min)
                .map(e -> new PhraseCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(PhraseCount::count).reversed().thenComparing(PhraseCount::phrase))
                .limit(max)
                .toList();
    }

    static OptionalDouble median(List<Integer> scores) {
        if (scores.isEmpty()) {
            return OptionalDouble.empty();
        }
        int[] sorted = scores.stream().mapToInt(Integer::intValue).sorted().toArray();
        int mid = sorted.length / 2;
        return OptionalDouble.of(sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0);
    }

    /** One month's figures as they are gathered. */
    private static final class Month {
        final YearMonth month;
        final Map<ContentType, List<Long>> ids = new EnumMap<>(ContentType.class);
        final Map<ContentType, Integer> counts = new EnumMap<>(ContentType.class);
        int busiestDay;
        int busiestWeek;
        final List<RhythmBreak> crowdedDays = new ArrayList<>();
        final List<RhythmBreak> crowdedWeeks = new ArrayList<>();
        final List<Long> checkedIds = new ArrayList<>();
        final List<Integer> scores = new ArrayList<>();
        final Map<Category, List<Long>> flagged = new EnumMap<>(Category.class);

        Month(YearMonth month) {
            this.month = month;
        }

        void publish(Publication p) {
            counts.merge(p.type(), 1, Integer::sum);
            if (p.draftId() > 0) {
                ids.computeIfAbsent(p.type(), k -> new ArrayList<>()).add(p.draftId());
            }
        }

        void busiestDay(int updates) {
            busiestDay = Math.max(busiestDay, updates);
        }

        void busiestWeek(int articles) {
            busiestWeek = Math.max(busiestWeek, articles);
        }

        void check(long draftId, TextVerdict v) {
            checkedIds.add(draftId);
            scores.add(v.score());
            v.flagged().forEach(c -> flagged.computeIfAbsent(c, k -> new ArrayList<>()).add(draftId));
        }

        List<CategoryShare> shares() {
            List<CategoryShare> out = new ArrayList<>();
            for (Category c : Category.audienceFirst()) {
                out.add(new CategoryShare(c, flagged.getOrDefault(c, List.of()), checkedIds.size()));
            }
            return out;
        }

        MonthFigures figures() {
            Map<ContentType, Counted> published = new EnumMap<>(ContentType.class);
            counts.forEach((type, n) -> published.put(type, new Counted(n, ids.getOrDefault(type, List.of()))));
            return new MonthFigures(month, published, busiestDay, busiestWeek, crowdedDays, crowdedWeeks,
                    new Counted(checkedIds.size(), checkedIds), shares(), median(scores));
        }
    }
}
