package org.readerfirst.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whose messages are whose, when the export has less to go on than invitations with addresses. */
class WriterIdentityTest {

    private static final String HEADER = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n";

    @Test
    void without_profile_or_invitations_the_writer_is_the_one_in_the_most_conversations() {
        CsvTable messages = table(HEADER
                + "c1,,Ada Park,https://www.linkedin.com/in/ada,Leo Berg,2024-01-01 10:00:00 UTC,,Hi Leo,INBOX\n"
                + "c1,,Leo Berg,https://www.linkedin.com/in/leo,Ada Park,2024-01-01 11:00:00 UTC,,Hi Ada,INBOX\n"
                + "c2,,Mia Sund,https://www.linkedin.com/in/mia,Ada Park,2024-01-02 10:00:00 UTC,,Hello,INBOX\n"
                + "c3,,Ada Park,https://www.linkedin.com/in/ada,Noor Ali,2024-01-03 10:00:00 UTC,,Thanks,INBOX\n", "FROM");

        WriterIdentity writer = WriterIdentity.find(Optional.empty(), Optional.empty(), Optional.of(messages));

        assertEquals("Ada Park, https://www.linkedin.com/in/ada", writer.shown());
        assertTrue(writer.sent("Ada Park", "https://www.linkedin.com/in/ada/"));
        assertFalse(writer.sent("Mia Sund", "https://www.linkedin.com/in/mia"));
    }

    @Test
    void an_address_decides_over_a_name_a_namesake_shares() {
        CsvTable profile = table("First Name,Last Name\nAda,Park\n", "First Name");
        CsvTable messages = table(HEADER
                + "c1,,Ada Park,https://www.linkedin.com/in/ada,Leo Berg,2024-01-01 10:00:00 UTC,,Hi Leo,INBOX\n"
                + "c1,,Ada Park,https://www.linkedin.com/in/ada,Leo Berg,2024-01-01 10:05:00 UTC,,One more thing,INBOX\n"
                + "c2,,Ada Park,https://www.linkedin.com/in/ada-park-77,Ada Park,2024-01-02 10:00:00 UTC,,Same name!,INBOX\n", "FROM");

        WriterIdentity writer = WriterIdentity.find(Optional.of(profile), Optional.empty(), Optional.of(messages));

        assertTrue(writer.sent("Ada Park", "https://www.linkedin.com/in/ada"));
        assertFalse(writer.sent("Ada Park", "https://www.linkedin.com/in/ada-park-77"));
        // LinkedIn's own notices have no address: the name decides.
        assertTrue(writer.sent("Ada Park", ""));
        assertFalse(writer.sent("LinkedIn Member", ""));
    }

    @Test
    void with_nothing_to_go_on_the_writer_is_unknown() {
        CsvTable messages = table(HEADER
                + "c1,,Ada Park,https://www.linkedin.com/in/ada,Leo Berg,2024-01-01 10:00:00 UTC,,Hi Leo,INBOX\n"
                + "c1,,Leo Berg,https://www.linkedin.com/in/leo,Ada Park,2024-01-01 11:00:00 UTC,,Hi Ada,INBOX\n", "FROM");

        assertFalse(WriterIdentity.find(Optional.empty(), Optional.empty(), Optional.of(messages)).isKnown());
    }

    private static CsvTable table(String text, String column) {
        List<ImportProblem> problems = new ArrayList<>();
        CsvTable table = CsvTable.read("test.csv", text, false, List.of(List.of(column)), problems).orElseThrow();
        assertEquals(List.of(), problems);
        return table;
    }
}
