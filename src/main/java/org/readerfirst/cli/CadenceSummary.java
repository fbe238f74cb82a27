package org.readerfirst.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Publication;

/**
 * How much the writer has published against the cadence allowances: posts today, articles in the
 * last seven days. The limits are those of the built-in cadence rules (assets/rules/common/cadence.yaml,
 * cadence-updates-per-day and cadence-articles-per-week); change them together.
 */
record CadenceSummary(int updatesToday, int articlesLast7Days) {

    static final int UPDATES_PER_DAY = 2;
    static final int ARTICLES_PER_7_DAYS = 1;

    private static final Duration WEEK = Duration.ofDays(7);

    /** "Today" is the calendar day of {@code now} in {@code zone}; the seven days end at {@code now}. */
    static CadenceSummary of(List<Publication> log, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        int updates = (int) log.stream()
                .filter(p -> p.type() == ContentType.POST && LocalDate.ofInstant(p.at(), zone).equals(today))
                .count();
        int articles = (int) log.stream()
                .filter(p -> p.type() == ContentType.ARTICLE && !p.at().isAfter(now) && p.at().isAfter(now.minus(WEEK)))
                .count();
        return new CadenceSummary(updates, articles);
    }
}
