package org.readerfirst.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The times LinkedIn's export writes, as instants. The files seen so far write "2025-07-01 14:33:22"
 * (posts, comments), "2021-06-15 16:37:00 UTC" (messages), "8/26/22, 8:56 PM" (invitations, and the
 * messages of 2018) and "2017/06/08 08:15:44 UTC" (the posts of 2018). None names another zone than
 * UTC, so a time without one is taken as UTC too.
 */
final class ExportDates {

    private static final List<DateTimeFormatter> TIMES = List.of(
            numeric("uuuu-MM-dd"),
            numeric("uuuu/MM/dd"),
            new DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern("M/d/")
                    .appendValueReduced(ChronoField.YEAR, 2, 4, 2000)
                    .appendPattern("[,] h:mm[:ss] a")
                    .toFormatter(Locale.US).withResolverStyle(ResolverStyle.STRICT));

    private ExportDates() {
    }

    private static DateTimeFormatter numeric(String date) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive()
                .appendPattern(date)
                .appendPattern("[ ]['T']HH:mm[:ss]")
                .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
                .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The instant the text names, or empty when it is no time the export writes. */
    static Optional<Instant> parse(String text) {
        String t = text.replace('\u00a0', ' ').replace('\u202f', ' ').strip()
                .replaceFirst("(?i)\\s*(?:UTC|GMT|Z)$", "");
        for (DateTimeFormatter f : TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(t, f).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                // Not this one; try the next.
            }
        }
        try {
            return Optional.of(LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
