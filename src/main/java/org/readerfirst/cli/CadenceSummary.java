package org.readerfirst.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Publication;
import org.readerfirst.core.rules.Limits;
import org.readerfirst.core.rules.PublishingRhythm;

/**
 * How much the writer has published against the cadence allowances: posts today, articles in the
 * last seven days. The allowances are {@code per-day} and {@code per-week} of the limits table
 * (assets/rules/limits.yaml), which the cadence checks read too; 0 where the table sets none.
 */
record CadenceSummary(int updatesToday, int articlesLast7Days, int updatesPerDay, int articlesPer7Days) {

    private static final Duration WEEK = Duration.ofDays(7);

    /** "Today" is the calendar day of {@code now} in {@code zone}; the seven days end at {@code now}. */
    static CadenceSummary of(List<Publication> log, Instant now, ZoneId zone, Limits limits) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        int updates = (int) log.stream()
                .filter(p -> p.type() == ContentType.POST && LocalDate.ofInstant(p.at(), zone).equals(today))
                .count();
        int articles = (int) log.stream()
                .filter(p -> p.type() == ContentType.ARTICLE && !p.at().isAfter(now) && p.at().isAfter(now.minus(WEEK)))
                .count();
        PublishingRhythm rhythm = new PublishingRhythm(log, zone, limits);
        return new CadenceSummary(updates, articles, rhythm.updatesPerDay().orElse(0),
                rhythm.articlesPerWeek().orElse(0));
    }
}
