package org.readerfirst.store;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * A database as ReaderFirst with schema version 7 left it, made from a new one by taking back what
 * version 8 added. The statements are written out on purpose: they stand for files on disks.
 */
final class VersionSevenDatabase {

    private VersionSevenDatabase() {
    }

    /** Takes versions 9 and 8 back out of a file of the latest version and marks it version 7. */
    static void takeBackVersionEight(Path file) throws SQLException {
        VersionEightDatabase.takeBackVersionNine(file);
        RawSql.execute(file,
                "DROP INDEX drafts_listed",
                "ALTER TABLE drafts DROP COLUMN opening",
                "CREATE INDEX drafts_listed ON drafts"
                        + " (deleted_at, updated DESC, id DESC, title, type, language, created, status, tags)",
                "PRAGMA user_version = 7");
    }
}
