package org.readerfirst.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The database could not be used. {@link #getMessage()} is one line meant for the writer: it names
 * the file and says what is wrong, never a raw SQL message (that stays in the cause, for the log).
 */
public final class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, so callers can react without parsing the message. */
    public enum Kind {
        /** The file is not a ReaderFirst database: not SQLite at all, damaged, or another program's. */
        CORRUPT,
        /** Another program (often a second ReaderFirst) holds the database. */
        LOCKED,
        /** The file or its folder cannot be created or written. */
        UNWRITABLE,
        /** A newer ReaderFirst wrote the database; this version does not know its layout. */
        NEWER_SCHEMA,
        /** The name is already used by another item of the same kind, such as another audience. */
        NAME_TAKEN,
        /** The disk that holds the file is full. */
        FULL,
        /** Anything else the disk or SQLite reported. */
        IO
    }

    private final Kind kind;
    private final Path file;

    public StoreException(Kind kind, Path file, String message) {
        this(kind, file, message, null);
    }

    public StoreException(Kind kind, Path file, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.file = Objects.requireNonNull(file, "file");
    }

    public Kind kind() {
        return kind;
    }

    /** The database file concerned. */
    public Path file() {
        return file;
    }
}
