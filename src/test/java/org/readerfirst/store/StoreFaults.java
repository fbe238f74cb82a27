package org.readerfirst.store;

import java.sql.SQLException;
import java.util.List;

/**
 * Makes an open store's writes fail as they do on a full disk or a read-only file, with SQLite itself
 * on the real file: the test process runs as a user that file permissions do not stop.
 */
public final class StoreFaults {

    private static final long NO_LIMIT = 1_073_741_823L;

    private StoreFaults() {
    }

    /** The file may not grow by one page more: SQLite answers SQLITE_FULL, "database or disk is full". */
    public static void fillDisk(DraftStore store) throws SQLException {
        // SQLite never lowers the limit below the file's present size, so this stops it where it is.
        store.executeOnOwnConnection("PRAGMA max_page_count = 1");
    }

    /** Space is back. */
    public static void freeDisk(DraftStore store) throws SQLException {
        store.executeOnOwnConnection("PRAGMA max_page_count = " + NO_LIMIT);
    }

    /** Every write is refused as on a read-only file: SQLITE_READONLY. */
    public static void makeReadOnly(DraftStore store) throws SQLException {
        store.executeOnOwnConnection("PRAGMA query_only = 1");
    }

    public static void makeWritable(DraftStore store) throws SQLException {
        store.executeOnOwnConnection("PRAGMA query_only = 0");
    }

    /** The names of the tables in the file, to see that nothing was dropped. */
    public static List<String> tables(DraftStore store) throws SQLException {
        return RawSql.rows(store.file(), "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    }
}
