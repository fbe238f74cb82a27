package org.readerfirst.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Shares.csv quotes each line of a post on its own; after the CSV is read those quotes come off. */
class ShareTextTest {

    @Test
    void the_quotes_around_each_line_come_off_and_the_writers_own_stay() {
        // As the CSV reader gives the field "Say ""hi"".""\n""""\n""Bye." back.
        assertEquals("Say \"hi\".\n\nBye.", ShareText.unwrap("Say \"hi\".\"\n\"\"\n\"Bye."));
    }

    @Test
    void a_line_that_ends_in_a_quote_of_the_writers_keeps_it() {
        assertEquals("She said \"yes.\"\nThen:", ShareText.unwrap("She said \"yes.\"\"\n\"Then:"));
    }

    @Test
    void windows_line_ends_become_line_feeds() {
        assertEquals("One\n\nTwo", ShareText.unwrap("One\"\r\n\"\"\r\n\"Two"));
    }

    @Test
    void a_text_whose_lines_are_not_all_quoted_is_kept_as_it_stands() {
        assertEquals("One\n\"Two\"\nThree", ShareText.unwrap("One\n\"Two\"\nThree"));
        assertEquals("One line", ShareText.unwrap("One line"));
    }
}
