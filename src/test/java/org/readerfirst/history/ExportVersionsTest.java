package org.readerfirst.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.history.ImportProblem.Kind;

/** Exports as LinkedIn wrote them in earlier years read as well as today's. */
class ExportVersionsTest {

    @Test
    void an_export_of_2022_with_windows_line_ends_unquoted_lines_and_no_profile_addresses_is_read_whole() {
        LinkedInExport export = LinkedInImport.read(SampleExports.folder("older"));

        assertEquals(List.of(), export.problems());
        assertEquals(List.of(
                sent(ContentType.POST, "We shipped the new billing page today. The \"simple\" plan is now actually simple.",
                        "2022-02-01T17:20:30Z", Language.ENGLISH),
                sent(ContentType.CONNECTION_NOTE, "Hi Grace, Mikko told me you lead onboarding at Northwind. I'd love to connect.",
                        "2022-02-01T19:15:00Z", Language.ENGLISH),
                sent(ContentType.COMMENT, "Thanks for sharing this.", "2022-02-02T10:10:10Z", Language.ENGLISH),
                sent(ContentType.MESSAGE, "Hi Grace,\n\nthanks for the intro. I'll send the deck tomorrow.",
                        "2022-02-03T08:30:00Z", Language.ENGLISH),
                sent(ContentType.POST, "Kolme vuotta SaaS-myyntiä opetti yhden asian:\n\nkuuntele enemmän kuin puhut.",
                        "2022-03-14T08:05:00Z", Language.FINNISH),
                sent(ContentType.COMMENT, "Hyvä huomio! Meillä \"asiakaslähtöisyys\" tarkoitti aluksi vain palautelomaketta.",
                        "2022-03-15T09:00:00Z", Language.FINNISH),
                sent(ContentType.MESSAGE, "Hei Mikko, kiitos kutsusta. Sopiiko tiistai?", "2022-03-16T11:45:00Z",
                        Language.FINNISH),
                sent(ContentType.COMMENT, "Onnittelut uudesta roolista!\n\nTästä on hyvä jatkaa", "2022-03-20T12:00:00Z",
                        Language.FINNISH)),
                export.texts().stream().map(ExportVersionsTest::withoutKey).toList());
        // The invitations name the writer without an address; the messages give the address that goes with the name.
        assertEquals("Aino Lehtonen, https://www.linkedin.com/in/aino-lehtonen", export.writer());
    }

    @Test
    void an_export_of_2018_in_utf_16_with_tabs_and_directions_is_read_and_its_missing_comments_named() {
        LinkedInExport export = LinkedInImport.read(SampleExports.folder("oldest"));

        assertEquals(List.of(Kind.MISSING_FILE), export.problems().stream().map(ImportProblem::kind).toList());
        assertEquals("Comments.csv", export.problems().get(0).file());
        assertEquals(List.of(
                sent(ContentType.CONNECTION_NOTE, "Hei Mikko! Aloitan tiimissäsi syyskuussa.", "2018-08-18T09:08:00Z",
                        Language.FINNISH),
                sent(ContentType.POST, "Ensimmäinen työpäivä uudessa tiimissä. Innostaa!", "2018-09-03T06:40:12Z",
                        Language.FINNISH),
                sent(ContentType.MESSAGE, "Kiitos Mikko, hienoa olla mukana.", "2018-10-16T09:02:00Z", Language.FINNISH)),
                export.texts().stream().map(ExportVersionsTest::withoutKey).toList());
    }

    @Test
    void a_header_below_notes_is_found() {
        LinkedInExport export = LinkedInImport.read(SampleExports.folder("newer"));

        assertEquals(List.of(), export.problems());
        assertEquals(3, export.texts().stream().filter(t -> t.type() == ContentType.CONNECTION_NOTE).count());
    }

    @Test
    void keys_stay_the_same_between_exports_of_different_years() {
        List<String> current = LinkedInImport.read(SampleExports.folder("current")).texts().stream().map(SentText::key).toList();
        List<String> newer = LinkedInImport.read(SampleExports.folder("newer")).texts().stream().map(SentText::key).toList();

        assertEquals(List.of(), current.stream().filter(k -> !newer.contains(k)).toList());
        assertEquals(List.of("linkedin:post:https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7300000000000000004",
                "linkedin:comment:https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7300000000000000102"
                        + ":2025-05-21T10:04:00Z"),
                current.stream().filter(k -> k.endsWith("7300000000000000004") || k.endsWith("10:04:00Z")).toList());
    }

    private static SentText sent(ContentType type, String text, String at, Language language) {
        return new SentText("", type, text, Instant.parse(at), language, "", 0);
    }

    private static SentText withoutKey(SentText t) {
        return new SentText("", t.type(), t.text(), t.sent(), t.language(), "", 0);
    }
}
