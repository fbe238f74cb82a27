package org.readerfirst.store;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * A database as ReaderFirst with schema version 8 left it, made from a new one by taking back what
 * version 9 added. The statements are written out on purpose: they stand for files on disks.
 */
final class VersionEightDatabase {

    private VersionEightDatabase() {
    }

    /** Takes versions 10 and 9 back out of a file of the latest version and marks it version 8. */
    static void takeBackVersionNine(Path file) throws SQLException {
        VersionNineDatabase.takeBackVersionTen(file);
        RawSql.execute(file, "DROP TABLE imported", "PRAGMA user_version = 8");
    }
}
