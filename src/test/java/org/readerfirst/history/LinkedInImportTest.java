package org.readerfirst.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Publication;
import org.readerfirst.history.ImportProblem.Kind;
import org.readerfirst.store.DraftDetails;
import org.readerfirst.store.DraftStatus;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.StoreException;

/** An export, as a ZIP or a folder, into a real library in a temporary folder. */
class LinkedInImportTest {

    private static final String FI_POST = "Hinnoittelu on useimmiten rohkeuskysymys, ei laskentakysymys.\n\n"
            + "Kun nostimme hintoja viime keväänä, menetimme kaksi asiakasta ja saimme kolme uutta.\n\n"
            + "Mitä sinä olet oppinut hinnoittelusta?";
    private static final String EN_POST = "Our team stopped saying \"quick question\" in chat.\n\n"
            + "Now we write the question itself. Replies come faster and nobody waits for a \"hi\".";

    @TempDir
    Path dir;

    private DraftStore store;
    private Draft own;

    @BeforeEach
    void open() throws StoreException {
        store = DraftStore.open(dir.resolve("readerfirst.db"));
        own = store.create("Luonnos", "Oma keskeneräinen luonnos.", ContentType.POST, Language.FINNISH);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void a_zipped_export_becomes_published_drafts_of_what_the_writer_sent() throws StoreException {
        ImportReport report = LinkedInImport.importInto(store, SampleExports.zip("current", dir.resolve("export.zip")));

        assertEquals(List.of(), report.problems());
        assertEquals(Map.of(ContentType.POST, 3, ContentType.COMMENT, 3, ContentType.MESSAGE, 2,
                ContentType.CONNECTION_NOTE, 2), report.added());
        assertEquals(report.found(), report.added());
        assertEquals("Aino Lehtonen, https://www.linkedin.com/in/aino-lehtonen", report.writer());
        Map<String, DraftDetails> byBody = imported();
        assertEquals(10, byBody.size());
        for (DraftDetails d : byBody.values()) {
            assertEquals(DraftStatus.PUBLISHED, d.status());
        }
        Draft post = byBody.get(FI_POST).draft();
        assertEquals(ContentType.POST, post.type());
        assertEquals(Language.FINNISH, post.language());
        assertEquals(Instant.parse("2025-06-02T07:45:10Z"), post.created());
        assertEquals("Hinnoittelu on useimmiten rohkeuskysymys, ei…", post.title());
        assertEquals(Language.ENGLISH, byBody.get(EN_POST).draft().language());
    }

    @Test
    void every_imported_text_is_in_the_publishing_log_at_the_time_it_was_sent() throws StoreException {
        LinkedInImport.importInto(store, SampleExports.folder("current"));

        Map<String, DraftDetails> byBody = imported();
        Set<Publication> log = Set.copyOf(store.publishingLog().publications());
        assertEquals(10, log.size());
        Draft note = byBody.get("Hei Liisa! Tapasimme SaaS-illassa. Olisi mukava pysyä yhteydessä.").draft();
        assertTrue(log.contains(new Publication(note.id(), ContentType.CONNECTION_NOTE,
                Instant.parse("2025-05-10T11:15:00Z"))), log.toString());
        Draft message = byBody.get("Hei Mikko,\n\nkiitos eilisestä! Lähetän diat perjantaina.\n\nTerveisin Aino").draft();
        assertTrue(log.contains(new Publication(message.id(), ContentType.MESSAGE, Instant.parse("2025-06-04T09:15:00Z"))));
    }

    @Test
    void the_folder_and_the_zip_of_one_export_import_the_same_texts() throws StoreException {
        LinkedInExport folder = LinkedInImport.read(SampleExports.folder("current"));
        LinkedInExport zip = LinkedInImport.read(SampleExports.zip("current", dir.resolve("export.zip")));

        assertEquals(folder.texts().stream().map(SentText::key).toList(), zip.texts().stream().map(SentText::key).toList());
        assertEquals(folder.texts().stream().map(SentText::text).toList(), zip.texts().stream().map(SentText::text).toList());
    }

    @Test
    void one_of_the_exports_files_chosen_stands_for_its_folder() {
        LinkedInExport file = LinkedInImport.read(SampleExports.folder("current").resolve("Shares.csv"));

        assertEquals(LinkedInImport.read(SampleExports.folder("current")), file);
    }

    @Test
    void quotes_and_line_breaks_come_out_as_the_writer_typed_them() {
        Set<String> texts = texts(LinkedInImport.read(SampleExports.folder("current")));

        assertTrue(texts.contains(FI_POST), texts.toString());
        assertTrue(texts.contains(EN_POST), texts.toString());
        assertTrue(texts.contains("Good point. We call it the \"two-pizza rule\" too.\n\n"
                + "What changed for you when the team grew past ten?"), texts.toString());
        assertTrue(texts.contains("Hi Grace, thanks for the \"quick question\" post. Could I quote it in our newsletter?"));
    }

    @Test
    void importing_the_same_export_twice_adds_nothing() throws StoreException {
        Path zip = SampleExports.zip("current", dir.resolve("export.zip"));
        LinkedInImport.importInto(store, zip);
        List<Draft> before = store.list();
        List<Publication> logBefore = store.publishingLog().publications();

        ImportReport again = LinkedInImport.importInto(store, SampleExports.folder("current"));

        assertEquals(0, again.totalAdded());
        assertEquals(10, again.alreadyImported());
        assertEquals(before, store.list());
        assertEquals(logBefore, store.publishingLog().publications());
    }

    @Test
    void a_newer_export_adds_only_what_is_new() throws StoreException {
        LinkedInImport.importInto(store, SampleExports.folder("current"));

        ImportReport newer = LinkedInImport.importInto(store, SampleExports.zip("newer", dir.resolve("newer.zip")));

        assertEquals(List.of(), newer.problems());
        assertEquals(Map.of(ContentType.POST, 1, ContentType.COMMENT, 1, ContentType.MESSAGE, 1,
                ContentType.CONNECTION_NOTE, 1), newer.added());
        assertEquals(10, newer.alreadyImported());
        assertEquals(15, store.list().size());
        assertEquals(14, store.publishingLog().publications().size());
        assertTrue(imported().containsKey("Kesäkuun oppi: asiakas ei osta ominaisuutta vaan huolettoman maanantain.\n\n"
                + "Miten sinä kerrot tuotteesi arvon yhdellä lauseella?"));
    }

    @Test
    void what_was_in_the_library_before_stays_as_it_was() throws StoreException {
        store.publishingLog().publish(own.id(), ContentType.POST, Instant.parse("2025-01-01T08:00:00Z"));
        DraftDetails before = store.details(own.id()).orElseThrow();

        LinkedInImport.importInto(store, SampleExports.folder("current"));

        assertEquals(before, store.details(own.id()).orElseThrow());
        assertEquals(1, store.publishingLog().publications().stream().filter(p -> p.draftId() == own.id()).count());
    }

    @Test
    void messages_the_writer_did_not_send_are_left_out() {
        LinkedInExport export = LinkedInImport.read(SampleExports.folder("current"));

        Set<String> messages = export.texts().stream().filter(t -> t.type() == ContentType.MESSAGE)
                .map(SentText::text).collect(Collectors.toSet());
        // Left out: the replies of Mikko and Grace, LinkedIn's sponsored message, an attachment without
        // text, and a message the writer never sent.
        assertEquals(Set.of("Hei Mikko,\n\nkiitos eilisestä! Lähetän diat perjantaina.\n\nTerveisin Aino",
                "Hi Grace, thanks for the \"quick question\" post. Could I quote it in our newsletter?"), messages);
    }

    @Test
    void incoming_invitations_and_invitations_without_a_note_are_left_out() {
        LinkedInExport export = LinkedInImport.read(SampleExports.folder("current"));

        Set<String> notes = export.texts().stream().filter(t -> t.type() == ContentType.CONNECTION_NOTE)
                .map(SentText::text).collect(Collectors.toSet());
        assertEquals(Set.of("Hi Grace, I enjoyed your talk on onboarding emails at the product meetup. "
                + "Would love to stay in touch.", "Hei Liisa! Tapasimme SaaS-illassa. Olisi mukava pysyä yhteydessä."), notes);
    }

    @Test
    void a_repost_without_words_of_the_writers_own_is_left_out() {
        LinkedInExport export = LinkedInImport.read(SampleExports.folder("current"));

        assertFalse(export.texts().stream().anyMatch(t -> t.key().contains("7300000000000000003")));
    }

    @Test
    void a_row_that_cannot_be_read_is_reported_by_file_and_row_and_the_rest_is_imported() throws StoreException {
        ImportReport report = LinkedInImport.importInto(store, SampleExports.folder("broken"));

        List<ImportProblem> rows = report.problems().stream().filter(p -> p.kind() == Kind.UNREADABLE_ROW).toList();
        assertEquals(List.of(
                "Shares.csv, row 3 (line 7): its date 'yesterday' is not a date the export writes.",
                "Shares.csv, row 4 (line 8): has 2 values where the header has 6, so its ShareCommentary is missing."),
                SampleExports.names(rows));
        assertEquals(2, report.added(ContentType.POST));
        assertTrue(imported().containsKey(FI_POST));
    }

    @Test
    void missing_files_and_a_file_of_unknown_layout_are_named_and_the_rest_is_imported() throws StoreException {
        ImportReport report = LinkedInImport.importInto(store, SampleExports.folder("broken"));

        List<ImportProblem> files = report.problems().stream().filter(p -> p.row() == 0).toList();
        assertEquals(List.of(Kind.UNKNOWN_LAYOUT, Kind.MISSING_FILE, Kind.MISSING_FILE),
                files.stream().map(ImportProblem::kind).toList());
        assertEquals(List.of("Comments.csv", "messages.csv", "Invitations.csv"),
                files.stream().map(ImportProblem::file).toList());
        assertTrue(files.get(0).message().startsWith("Comments.csv: has no header with the columns Date, Message;"
                + " its first line names Timestamp, Url, Text"), files.get(0).message());
        assertEquals(2, report.totalAdded());
    }

    @Test
    void a_corrupt_zip_is_reported_and_nothing_changes() throws Exception {
        Path zip = Files.write(dir.resolve("export.zip"), "PK\u0003\u0004 this is not really a zip".getBytes());
        List<Draft> before = store.list();

        ImportReport report = LinkedInImport.importInto(store, zip);

        assertEquals(List.of(Kind.DAMAGED_ARCHIVE), report.problems().stream().map(ImportProblem::kind).toList());
        assertEquals("export.zip", report.problems().get(0).file());
        assertEquals(0, report.totalFound());
        assertEquals(before, store.list());
        assertEquals(List.of(), store.publishingLog().publications());
    }

    @Test
    void a_zip_cut_short_imports_the_files_before_the_cut_and_names_the_rest() throws StoreException {
        Path whole = SampleExports.zip("current", dir.resolve("whole.zip"));
        // The entries are in name order: Comments, Invitations, Profile, Shares, messages. Cutting into
        // the last entry leaves the first four whole.
        Path cut = SampleExports.truncated(whole, 700, dir.resolve("export.zip"));

        ImportReport report = LinkedInImport.importInto(store, cut);

        assertEquals(List.of(Kind.DAMAGED_ARCHIVE, Kind.MISSING_FILE),
                report.problems().stream().map(ImportProblem::kind).toList(), SampleExports.names(report.problems()).toString());
        assertEquals("messages.csv", report.problems().get(1).file());
        assertEquals(Map.of(ContentType.POST, 3, ContentType.COMMENT, 3, ContentType.CONNECTION_NOTE, 2), report.added());
    }

    @Test
    void a_path_that_is_no_export_is_reported_as_such() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("Downloads"));

        assertEquals(List.of(Kind.NOT_AN_EXPORT), LinkedInImport.read(empty).problems().stream()
                .map(ImportProblem::kind).toList());
        assertEquals(List.of(Kind.NOT_AN_EXPORT), LinkedInImport.read(dir.resolve("missing.zip")).problems().stream()
                .map(ImportProblem::kind).toList());
    }

    /** The imported drafts by their text. */
    private Map<String, DraftDetails> imported() throws StoreException {
        return store.listDetails(DraftStatus.PUBLISHED).stream()
                .collect(Collectors.toMap(d -> d.draft().body(), d -> d));
    }

    private static Set<String> texts(LinkedInExport export) {
        return export.texts().stream().map(SentText::text).collect(Collectors.toSet());
    }
}
