package org.readerfirst.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExportDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025-07-01 14:33:22        | 2025-07-01T14:33:22Z",
            "2021-06-15 16:37:00 UTC    | 2021-06-15T16:37:00Z",
            "2017/06/08 08:15:44 UTC    | 2017-06-08T08:15:44Z",
            "8/26/22, 8:56 PM           | 2022-08-26T20:56:00Z",
            "04/05/23, 10:11 AM         | 2023-04-05T10:11:00Z",
            "12/15/24, 12:05 am         | 2024-12-15T00:05:00Z",
            "2023-04-05T10:11:12.5Z     | 2023-04-05T10:11:12.500Z",
            "2023-04-05                 | 2023-04-05T00:00:00Z"})
    void the_times_the_export_writes_are_read_as_utc(String text, String instant) {
        assertEquals(Optional.of(Instant.parse(instant)), ExportDates.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2025-13-01 10:00:00", "31/12/24, 9:00 AM", "2025-02-30 10:00"})
    void anything_else_is_no_time(String text) {
        assertEquals(Optional.empty(), ExportDates.parse(text));
    }
}
