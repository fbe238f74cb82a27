package org.readerfirst.cli;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/** A time on the command line: ISO-8601, with an offset or zone, or without one in the writer's zone. */
final class TimeArgument {

    private TimeArgument() {
    }

    static Instant parse(String command, String text, ZoneId zone) throws UsageException {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notZoned) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new UsageException(command + ": '" + text + "' is not an ISO-8601 time such as 2025-03-01T09:30"
                    + " or 2025-03-01T09:30:00Z");
        }
    }
}
