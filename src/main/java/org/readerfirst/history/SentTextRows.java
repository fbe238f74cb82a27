package org.readerfirst.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.readerfirst.core.lang.LanguageDetector;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;

/**
 * The rows of each file that hold a text the writer sent, as {@link SentText}s: every post with text
 * of its own (a repost without words is left out), every comment, the messages the writer sent
 * (neither those received nor unsent drafts) and the notes of the invitations the writer sent.
 * A row with a text whose time cannot be read is a problem of its file and row; an empty text is left out.
 * Each text's key stays the same from one export to the next, whatever its version calls the columns:
 * <ul>
 * <li>post: {@code linkedin:post:} and its link;</li>
 * <li>comment: {@code linkedin:comment:}, the commented post's link and the time (a comment edited
 * later keeps its key);</li>
 * <li>message: {@code linkedin:message:}, the conversation (or, in 2018's export, the recipient), the
 * time and a fingerprint of the text;</li>
 * <li>invitation note: {@code linkedin:connection-note:}, the time and a fingerprint of the text.</li>
 * </ul>
 * A post or comment without a link is keyed by its time and a fingerprint of its text.
 */
final class SentTextRows {

    private final LanguageDetector languages = new LanguageDetector(Language.ENGLISH);
    private final List<ImportProblem> problems;

    SentTextRows(List<ImportProblem> problems) {
        this.problems = problems;
    }

    List<SentText> posts(CsvTable table) {
        List<SentText> texts = new ArrayList<>();
        for (CsvTable.Row row : table) {
            String text = ShareText.unwrap(table.raw(row, Columns.SHARE_TEXT)).strip();
            Optional<Instant> at = text.isEmpty() ? Optional.empty() : time(table, row, table.value(row, Columns.SHARE_DATE));
            if (at.isPresent()) {
                String link = table.value(row, Columns.SHARE_LINK);
                texts.add(text(ContentType.POST, link.isEmpty() ? stamp(at.get(), text) : link, text, at.get(), table, row));
            }
        }
        return texts;
    }

    List<SentText> comments(CsvTable table) {
        List<SentText> texts = new ArrayList<>();
        for (CsvTable.Row row : table) {
            String text = ExportText.lines(table.raw(row, Columns.COMMENT_TEXT)).strip();
            Optional<Instant> at = text.isEmpty() ? Optional.empty() : time(table, row, table.value(row, Columns.COMMENT_DATE));
            if (at.isPresent()) {
                String link = table.value(row, Columns.COMMENT_LINK);
                String id = link.isEmpty() ? stamp(at.get(), text) : link + ":" + at.get();
                texts.add(text(ContentType.COMMENT, id, text, at.get(), table, row));
            }
        }
        return texts;
    }

    /** The messages the writer sent; in the export of 2018 those marked OUTGOING, later those {@code writer} sent. */
    List<SentText> messages(CsvTable table, WriterIdentity writer) {
        List<SentText> texts = new ArrayList<>();
        boolean directed = table.has(Columns.MESSAGE_DIRECTION);
        for (CsvTable.Row row : table) {
            boolean sent = directed ? table.value(row, Columns.MESSAGE_DIRECTION).equalsIgnoreCase("OUTGOING")
                    : writer.sent(table.value(row, Columns.MESSAGE_FROM), table.value(row, Columns.SENDER_URL));
            String text = ExportText.lines(table.raw(row, Columns.MESSAGE_TEXT)).strip();
            if (!sent || text.isEmpty() || table.value(row, Columns.MESSAGE_DRAFT).equalsIgnoreCase("Yes")) {
                continue;
            }
            Optional<Instant> at = time(table, row, table.value(row, Columns.MESSAGE_DATE));
            if (at.isPresent()) {
                String conversation = table.value(row, Columns.CONVERSATION);
                String where = conversation.isEmpty() ? "to " + table.value(row, Columns.MESSAGE_TO) : conversation;
                texts.add(text(ContentType.MESSAGE, where + ":" + stamp(at.get(), text), text, at.get(), table, row));
            }
        }
        return texts;
    }

    /** The notes the writer wrote in the invitations they sent; an invitation without a note has no text. */
    List<SentText> invitationNotes(CsvTable table) {
        List<SentText> texts = new ArrayList<>();
        for (CsvTable.Row row : table) {
            String text = ExportText.lines(table.raw(row, Columns.INVITATION_TEXT)).strip();
            if (!table.value(row, Columns.INVITATION_DIRECTION).equalsIgnoreCase("OUTGOING") || text.isEmpty()) {
                continue;
            }
            Optional<Instant> at = time(table, row, table.value(row, Columns.INVITATION_DATE));
            if (at.isPresent()) {
                texts.add(text(ContentType.CONNECTION_NOTE, stamp(at.get(), text), text, at.get(), table, row));
            }
        }
        return texts;
    }

    private SentText text(ContentType type, String id, String text, Instant at, CsvTable table, CsvTable.Row row) {
        return new SentText("linkedin:" + type.id() + ":" + id, type, text, at, languages.detect(text), table.file(), row.row());
    }

    private static String stamp(Instant at, String text) {
        return at + ":" + ExportText.fingerprint(text);
    }

    private Optional<Instant> time(CsvTable table, CsvTable.Row row, String value) {
        Optional<Instant> at = ExportDates.parse(value);
        if (at.isEmpty()) {
            problems.add(ImportProblem.ofRow(table.file(), row.row(), row.line(), value.isEmpty()
                    ? "has no date." : "its date '" + value + "' is not a date the export writes."));
        }
        return at;
    }
}
