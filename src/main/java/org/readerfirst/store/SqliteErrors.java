package org.readerfirst.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.readerfirst.store.StoreException.Kind;

/** Turns SQLite's result codes into a {@link StoreException} the writer can act on. */
final class SqliteErrors {

    // SQLite's primary result codes; extended codes carry one of these in their low byte.
    private static final int PERM = 3;
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int CONSTRAINT = 19;
    private static final int NOTADB = 26;

    private SqliteErrors() {
    }

    /** True when a UNIQUE, NOT NULL or foreign key constraint refused the statement. */
    static boolean isConstraint(SQLException e) {
        return (e.getErrorCode() & 0xFF) == CONSTRAINT;
    }

    /**
     * @param action what we were doing, completing "Could not ...", e.g. "open" or "save the draft in"
     */
    static StoreException translate(SQLException e, Path file, String action) {
        int code = e.getErrorCode() & 0xFF;
        Kind kind = switch (code) {
            case BUSY, LOCKED -> Kind.LOCKED;
            case PERM, READONLY, CANTOPEN -> Kind.UNWRITABLE;
            case CORRUPT, NOTADB -> Kind.CORRUPT;
            case FULL -> Kind.FULL;
            default -> Kind.IO;
        };
        String reason = switch (code) {
            case BUSY, LOCKED -> "another program is using it (is ReaderFirst already open?)";
            case PERM, READONLY -> "the file or its folder is read-only";
            case CANTOPEN -> "the file or its folder cannot be opened for writing";
            case CORRUPT, NOTADB -> "it is damaged or not a ReaderFirst database";
            case FULL -> "the disk is full";
            case IOERR -> "the disk reported a read or write error";
            default -> "the database reported an unexpected error (code " + e.getErrorCode() + ")";
        };
        return new StoreException(kind, file, "Could not " + action + " " + file + ": " + reason + ".", e);
    }
}
