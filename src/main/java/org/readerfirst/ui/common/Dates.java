package org.readerfirst.ui.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.readerfirst.core.model.Language;

/**
 * Dates and times as the window's language writes them, one format each everywhere: "Mon 7 Dec
 * 2026 14:05" and "ma 7.12.2026 klo 14.05".
 */
public final class Dates {

    private static final Locale FINNISH = new Locale("fi");

    private Dates() {
    }

    private static DateTimeFormatter pattern(String english, String finnish) {
        return Messages.language() == Language.FINNISH ? DateTimeFormatter.ofPattern(finnish, FINNISH)
                : DateTimeFormatter.ofPattern(english, Locale.ENGLISH);
    }

    /** A moment with its day, date, year and time: the publishing log, the revisions. */
    public static String dateTime(ZonedDateTime at) {
        return pattern("EEE d MMM uuuu HH:mm", "EEE d.M.uuuu 'klo' H.mm").format(at);
    }

    /** As {@link #dateTime(ZonedDateTime)}, in the given zone. */
    public static String dateTime(Instant at, ZoneId zone) {
        return dateTime(at.atZone(zone));
    }

    /** As {@link #dateTime(Instant, ZoneId)} to the second, to tell apart revisions a moment apart. */
    public static String dateTimeSeconds(Instant at, ZoneId zone) {
        return pattern("EEE d MMM uuuu HH:mm:ss", "EEE d.M.uuuu 'klo' H.mm.ss").format(at.atZone(zone));
    }

    /** A moment in the coming days, without the year: a proposed slot. */
    public static String dayTime(ZonedDateTime at) {
        return pattern("EEE d MMM HH:mm", "EEE d.M. 'klo' H.mm").format(at);
    }

    /** A day without the year: the chart's weeks, the drafts list. */
    public static String day(LocalDate day) {
        return pattern("d MMM", "d.M.").format(day);
    }

    /** A time of today: the drafts list. */
    public static String time(ZonedDateTime at) {
        return pattern("HH:mm", "H.mm").format(at);
    }

    /** A time of today to the second: the status line's "Saved". */
    public static String timeSeconds(ZonedDateTime at) {
        return pattern("HH:mm:ss", "H.mm.ss").format(at);
    }
}
