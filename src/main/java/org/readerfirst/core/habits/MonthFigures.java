package org.readerfirst.core.habits;

import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.readerfirst.core.model.ContentType;

/**
 * One calendar month of the writer's history.
 *
 * @param published what went out, by surface (every surface, none missing), each text counted once,
 *                  in the month it first went out
 * @param busiestDay the most updates (posts) that went out on one day of the month
 * @param busiestWeek the most articles in seven days that end at an article of the month
 * @param crowdedDays the days of the month with more updates than the limits table's {@code per-day}
 * @param crowdedWeeks the articles of the month that made their seven days hold more than {@code per-week}
 * @param checked the texts of the month that were checked (those with words)
 * @param categories for each audience-first category, the checked texts with a warning or error of it
 * @param medianScore the median reader-first score of the checked texts; empty when none was checked
 */
public record MonthFigures(YearMonth month, Map<ContentType, Counted> published, int busiestDay, int busiestWeek,
                           List<RhythmBreak> crowdedDays,
                           List<RhythmBreak> crowdedWeeks, Counted checked, List<CategoryShare> categories,
                           OptionalDouble medianScore) {

    public MonthFigures {
        EnumMap<ContentType, Counted> all = new EnumMap<>(ContentType.class);
        for (ContentType t : ContentType.values()) {
            all.put(t, published.getOrDefault(t, Counted.NONE));
        }
        published = Collections.unmodifiableMap(all);
        crowdedDays = List.copyOf(crowdedDays);
        crowdedWeeks = List.copyOf(crowdedWeeks);
        categories = List.copyOf(categories);
    }

    public Counted published(ContentType type) {
        return published.get(type);
    }

    /** Everything that went out in the month. */
    public int publishedCount() {
        return published.values().stream().mapToInt(Counted::count).sum();
    }
}
