package org.readerfirst.history;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.DraftTitles;
import org.readerfirst.core.model.Language;
import org.readerfirst.history.ExportFiles.ExportFile;
import org.readerfirst.history.ImportProblem.Kind;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.ImportedText;
import org.readerfirst.store.StoreException;

/**
 * Imports the texts a writer sent on LinkedIn from the export of their data ("Get a copy of your
 * data"), a ZIP or the folder it was unpacked to: the posts in Shares.csv, the comments in
 * Comments.csv, the messages in messages.csv that the writer sent (see {@link WriterIdentity}) and the
 * notes of the invitations in Invitations.csv that the writer sent. Each becomes a published draft with
 * its entry in the publishing log at the time the file gives; see {@link SentTextRows} for what is left
 * out and how each text is known again in a later export.
 *
 * <p>Nothing stops an import but a failing database: a damaged ZIP, a missing file, a file of unknown
 * layout and a row that cannot be read are each reported by name and row in the report, and everything
 * else is imported. The texts are added in one transaction and nothing in the library changes.
 */
public final class LinkedInImport {

    private static final System.Logger LOG = System.getLogger(LinkedInImport.class.getName());

    private static final String SHARES = "Shares.csv";
    private static final String COMMENTS = "Comments.csv";
    private static final String MESSAGES = "messages.csv";
    private static final String INVITATIONS = "Invitations.csv";
    private static final String PROFILE = "Profile.csv";
    private static final List<String> READ = List.of(SHARES, COMMENTS, MESSAGES, INVITATIONS);

    private LinkedInImport() {
    }

    /** Reads what the writer sent from the export at {@code zipOrFolder}, without touching the library. */
    public static LinkedInExport read(Path zipOrFolder) {
        ExportFiles files = ExportFiles.open(zipOrFolder, Set.of(lower(SHARES), lower(COMMENTS), lower(MESSAGES),
                lower(INVITATIONS), lower(PROFILE)));
        List<ImportProblem> problems = new ArrayList<>(files.problems());
        String shown = String.valueOf(zipOrFolder.getFileName());
        if (files.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(ImportProblem.ofFile(Kind.NOT_AN_EXPORT, shown, "holds none of "
                        + String.join(", ", READ) + ": it is not a LinkedIn data export."));
            }
            return new LinkedInExport(List.of(), "", problems);
        }
        boolean damaged = problems.stream().anyMatch(p -> p.kind() == Kind.DAMAGED_ARCHIVE);
        Optional<CsvTable> shares = table(files, SHARES, false, Columns.SHARES, null, damaged, problems);
        Optional<CsvTable> comments = table(files, COMMENTS, true, Columns.COMMENTS, List.of(Columns.COMMENT_TEXT),
                damaged, problems);
        Optional<CsvTable> messages = table(files, MESSAGES, false, Columns.MESSAGES, null, damaged, problems);
        Optional<CsvTable> invitations = table(files, INVITATIONS, false, Columns.INVITATIONS, null, damaged, problems);
        // The profile only helps to tell whose messages are whose: its absence is no problem.
        Optional<CsvTable> profile = files.file(lower(PROFILE)).flatMap(
                f -> CsvTable.read(f.name(), ExportText.decode(f.bytes()), false, Columns.PROFILE, new ArrayList<>()));

        WriterIdentity writer = WriterIdentity.find(profile, invitations, messages);
        SentTextRows rows = new SentTextRows(problems);
        List<SentText> texts = new ArrayList<>();
        shares.ifPresent(t -> texts.addAll(rows.posts(t)));
        comments.ifPresent(t -> texts.addAll(rows.comments(t)));
        messages.ifPresent(t -> {
            if (t.has(Columns.MESSAGE_DIRECTION) || writer.isKnown()) {
                texts.addAll(rows.messages(t, writer));
            } else {
                problems.add(ImportProblem.ofFile(Kind.UNKNOWN_WRITER, t.file(), "nothing in the export tells which "
                        + "messages you sent (no Profile.csv, no invitations, and no one in more conversations than"
                        + " anyone else), so no message was imported."));
            }
        });
        invitations.ifPresent(t -> texts.addAll(rows.invitationNotes(t)));
        LOG.log(Level.DEBUG, "Read {0} texts from {1} with {2} problems", texts.size(), zipOrFolder, problems.size());
        return new LinkedInExport(onceEach(texts), writer.shown(), inFileOrder(problems));
    }

    /**
     * Reads the export and adds what the writer sent that no earlier import brought in, all in one
     * transaction; the report says what was found, what was new, and what could not be read.
     *
     * @throws StoreException if the library cannot be written: then nothing was added
     */
    public static ImportReport importInto(DraftStore store, Path zipOrFolder) throws StoreException {
        LinkedInExport export = read(zipOrFolder);
        List<ImportedText> texts = export.texts().stream().map(LinkedInImport::toImported).toList();
        List<Draft> added = store.importPublished(texts);
        LOG.log(Level.INFO, "Imported {0} of {1} texts from {2}", added.size(), texts.size(), zipOrFolder);
        return new ImportReport(zipOrFolder, export.writer(),
                ImportReport.count(export.texts().stream().map(SentText::type).toList()),
                ImportReport.count(added.stream().map(Draft::type).toList()), export.problems());
    }

    private static ImportedText toImported(SentText text) {
        String title = DraftTitles.fromFirstLine(text.text());
        return new ImportedText(text.key(), title.isEmpty() ? text.type().displayName(Language.ENGLISH) : title,
                text.text(), text.type(), text.language(), text.sent());
    }

    private static Optional<CsvTable> table(ExportFiles files, String name, boolean backslashEscapes,
            List<List<String>> required, List<String> spill, boolean damaged, List<ImportProblem> problems) {
        Optional<ExportFile> file = files.file(lower(name));
        if (file.isEmpty()) {
            problems.add(ImportProblem.ofFile(Kind.MISSING_FILE, name, damaged
                    ? "was not among the files that could be read from the damaged archive."
                    : "is not in the export, so nothing of it was imported."));
            return Optional.empty();
        }
        return CsvTable.read(file.get().name(), ExportText.decode(file.get().bytes()), backslashEscapes, required, spill,
                problems);
    }

    /** Each file's problems together, as the files were first named, the file's own first and then by row. */
    private static List<ImportProblem> inFileOrder(List<ImportProblem> problems) {
        List<String> files = problems.stream().map(ImportProblem::file).distinct().toList();
        return problems.stream().sorted(Comparator.comparingInt((ImportProblem p) -> files.indexOf(p.file()))
                .thenComparingLong(ImportProblem::row)).toList();
    }

    /** Oldest first, each key once (the first row that has it). */
    private static List<SentText> onceEach(List<SentText> texts) {
        Map<String, SentText> byKey = new LinkedHashMap<>();
        for (SentText t : texts) {
            byKey.putIfAbsent(t.key(), t);
        }
        return byKey.values().stream().sorted(Comparator.comparing(SentText::sent)).toList();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
