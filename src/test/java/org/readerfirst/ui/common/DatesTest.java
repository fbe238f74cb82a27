package org.readerfirst.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final ZonedDateTime AT = ZonedDateTime.of(2026, 12, 7, 14, 5, 9, 0, ZoneId.of("Europe/Helsinki"));

    @AfterEach
    void english() {
        Messages.use(Locale.ENGLISH);
    }

    @Test
    void english_dates_read_as_english_writes_them() {
        Messages.use(Locale.ENGLISH);
        assertEquals("Mon 7 Dec 2026 14:05", Dates.dateTime(AT));
        assertEquals("Mon 7 Dec 2026 14:05:09", Dates.dateTimeSeconds(AT.toInstant(), AT.getZone()));
        assertEquals("Mon 7 Dec 14:05", Dates.dayTime(AT));
        assertEquals("7 Dec", Dates.day(LocalDate.of(2026, 12, 7)));
        assertEquals("14:05", Dates.time(AT));
        assertEquals("14:05:09", Dates.timeSeconds(AT));
    }

    @Test
    void finnish_dates_read_as_finnish_writes_them() {
        Messages.use(new Locale("fi"));
        assertEquals("ma 7.12.2026 klo 14.05", Dates.dateTime(AT));
        assertEquals("ma 7.12.2026 klo 14.05.09", Dates.dateTimeSeconds(AT.toInstant(), AT.getZone()));
        assertEquals("ma 7.12. klo 14.05", Dates.dayTime(AT));
        assertEquals("7.12.", Dates.day(LocalDate.of(2026, 12, 7)));
        assertEquals("14.05", Dates.time(AT));
        assertEquals("14.05.09", Dates.timeSeconds(AT));
        assertEquals(Dates.dateTime(AT), Dates.dateTime(Instant.from(AT), AT.getZone()));
    }
}
