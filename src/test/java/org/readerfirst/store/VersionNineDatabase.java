package org.readerfirst.store;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * A database as ReaderFirst with schema version 9 left it, made from a new one by taking back what
 * version 10 added. The statements are written out on purpose: they stand for files on disks.
 */
final class VersionNineDatabase {

    private VersionNineDatabase() {
    }

    /** Takes version 10 back out of a file of the latest version and marks it version 9. */
    static void takeBackVersionTen(Path file) throws SQLException {
        RawSql.execute(file, "DROP TABLE verdicts", "PRAGMA user_version = 9");
    }
}
