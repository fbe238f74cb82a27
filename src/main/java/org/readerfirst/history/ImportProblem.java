package org.readerfirst.history;

import java.util.Objects;

/**
 * Something in an export that could not be imported, named by file and, for a row, by its row (as a
 * spreadsheet numbers the file's records, the header and any notes above it included) and the line
 * of the file where the row begins. {@code row} and {@code line} are 0 for a whole file or archive.
 * The command line prints {@link #message()}; a window may word each {@link Kind} in its own language
 * around {@link #detail()}.
 */
public record ImportProblem(Kind kind, String file, long row, long line, String detail) {

    public enum Kind {
        /** The path is no ZIP or folder, or holds none of the files read. */
        NOT_AN_EXPORT,
        /** The ZIP is damaged: what could be read before the damage was read. */
        DAMAGED_ARCHIVE,
        /** One of the files read is not in the export (an export holds only what the member has). */
        MISSING_FILE,
        /** A file is there but could not be read at all. */
        UNREADABLE_FILE,
        /** A file has none of the headers the import knows. */
        UNKNOWN_LAYOUT,
        /** One row could not be read; the rest of its file was. */
        UNREADABLE_ROW,
        /** Nothing tells which messages the writer sent, so none was imported. */
        UNKNOWN_WRITER
    }

    public ImportProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(detail, "detail");
    }

    static ImportProblem ofFile(Kind kind, String file, String detail) {
        return new ImportProblem(kind, file, 0, 0, detail);
    }

    static ImportProblem ofRow(String file, long row, long line, String detail) {
        return new ImportProblem(Kind.UNREADABLE_ROW, file, row, line, detail);
    }

    /** The problem in one sentence, e.g. "Shares.csv, row 7 (line 12): the date 'soon' is not a date." */
    public String message() {
        String where = row > 0 ? file + ", row " + row + " (line " + line + ")" : file;
        return where + ": " + detail;
    }
}
