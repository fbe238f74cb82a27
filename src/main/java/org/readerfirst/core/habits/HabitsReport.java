package org.readerfirst.core.habits;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.readerfirst.core.model.ContentType;

/**
 * How the writer has been writing, from the publishing log and the published texts: by month, against
 * the rhythm of the limits table, the share of texts with each audience-first category of finding and
 * the median reader-first score, the stock messages, invitation notes and comments, and the openings
 * used again and again. Every figure keeps the drafts behind it. Made by {@link HabitsTally}; docs/REPORT.md
 * tells what each figure counts.
 *
 * @param zone the time zone whose calendar days and months the figures use
 * @param updatesPerDay the limits table's {@code per-day} of posts; empty when it sets none
 * @param articlesPerWeek the limits table's {@code per-week} of articles; empty when it sets none
 * @param months every month from the first text's to the last's, empty months included, oldest first
 * @param checked every text that was checked
 * @param categories for each audience-first category, over the whole history
 * @param medianScore over the whole history; empty when no text was checked
 * @param stock messages, invitation notes and comments: how many were sent, how many of them are stock
 * @param stockPhrases the stock words found in them, the most used first
 * @param openings the openings of posts, articles and comments that stand in more than one, the most
 *                 repeated first, at most {@link HabitsTally#TOP_OPENINGS}
 */
public record HabitsReport(ZoneId zone, OptionalInt updatesPerDay, OptionalInt articlesPerWeek,
                           List<MonthFigures> months, Counted checked, List<CategoryShare> categories,
                           OptionalDouble medianScore, List<StockTexts> stock, List<PhraseCount> stockPhrases,
                           List<PhraseCount> openings) {

    public HabitsReport {
        months = List.copyOf(months);
        categories = List.copyOf(categories);
        stock = List.copyOf(stock);
        stockPhrases = List.copyOf(stockPhrases);
        openings = List.copyOf(openings);
    }

    /** Whether there is nothing in the publishing log. */
    public boolean isEmpty() {
        return months.isEmpty();
    }

    /** Everything of one surface that went out, over the whole history. */
    public Counted published(ContentType type) {
        int count = 0;
        List<Long> ids = new ArrayList<>();
        for (MonthFigures m : months) {
            count += m.published(type).count();
            ids.addAll(m.published(type).draftIds());
        }
        return new Counted(count, ids);
    }

    /** The days with more updates than the limit, over the whole history, oldest first. */
    public List<RhythmBreak> crowdedDays() {
        return months.stream().flatMap(m -> m.crowdedDays().stream()).toList();
    }

    /** The articles that made their seven days hold more than the limit, over the whole history, oldest first. */
    public List<RhythmBreak> crowdedWeeks() {
        return months.stream().flatMap(m -> m.crowdedWeeks().stream()).toList();
    }
}
