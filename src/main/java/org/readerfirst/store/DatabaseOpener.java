package org.readerfirst.store;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.readerfirst.store.StoreException.Kind;

/**
 * Opens a connection to the database in an order that never writes to a file it should not: check
 * the bytes, then read-only checks through SQLite, and only then switch to WAL and migrate.
 */
final class DatabaseOpener {

    /**
     * Loads SQLite's native library now, so that a start that has other work to do meanwhile does not
     * wait for it when it opens the database. Safe to call from any thread, and more than once.
     */
    static void loadLibrary() {
        try {
            org.sqlite.SQLiteJDBCLoader.initialize();
        } catch (Exception | LinkageError e) {
            // Opening the database reports it, in words, where it happens.
            LOG.log(System.Logger.Level.DEBUG, "SQLite's library did not load ahead: " + e);
        }
    }

    /** How long to wait for another connection's lock before reporting the file as locked. */
    static final int BUSY_TIMEOUT_MILLIS = 3000;

    private static final System.Logger LOG = System.getLogger(DatabaseOpener.class.getName());

    private DatabaseOpener() {
    }

    static Connection open(Path file) throws StoreException {
        DatabaseFile.prepare(file);
        Connection connection = connect(file);
        try {
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
                // Off by default and per connection; deleting a draft or an audience relies on it to
                // remove the draft's dismissals and unlink the audience's drafts.
                st.execute("PRAGMA foreign_keys = ON");
            }
            checkBeforeWriting(connection, file);
            useWriteAheadLog(connection, file);
            Schema.migrate(connection, file);
            return connection;
        } catch (SQLException e) {
            closeAfterFailure(connection, e);
            throw SqliteErrors.translate(e, file, "open");
        } catch (StoreException | RuntimeException e) {
            closeAfterFailure(connection, e);
            throw e;
        }
    }

    private static Connection connect(Path file) throws StoreException {
        // A file: URI, because sqlite-jdbc would cut a plain path at its first '?' and open another file.
        String url = "jdbc:sqlite:" + file.toAbsolutePath().toUri();
        try {
            return DriverManager.getConnection(url);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "open");
        }
    }

    /** Only reads; refuses a damaged, foreign or too new database before anything is written to it. */
    private static void checkBeforeWriting(Connection connection, Path file) throws SQLException, StoreException {
        String check = quickCheck(connection);
        if (!"ok".equals(check)) {
            LOG.log(Level.WARNING, "quick_check of {0} failed: {1}", file, check);
            throw new StoreException(Kind.CORRUPT, file, "Cannot open " + file
                    + ": the database is damaged, so ReaderFirst left it unchanged.");
        }
        int applicationId = Schema.applicationId(connection);
        int version = Schema.version(connection);
        boolean ours = applicationId == Schema.APPLICATION_ID;
        boolean empty = applicationId == 0 && version == 0 && !hasTables(connection);
        if (version > Schema.latestVersion() && (ours || applicationId == 0)) {
            throw new StoreException(Kind.NEWER_SCHEMA, file, "Cannot open " + file
                    + ": a newer ReaderFirst wrote it (database version " + version + ", this version knows up to "
                    + Schema.latestVersion() + "); please update ReaderFirst. The file was left unchanged.");
        }
        if (!ours && !empty) {
            throw new StoreException(Kind.CORRUPT, file, "Cannot open " + file
                    + ": it is another program's database, not ReaderFirst's, so ReaderFirst left it unchanged.");
        }
    }

    private static String quickCheck(Connection connection) throws SQLException {
        // quick_check(1) stops at the first problem; it reads every page, which is cheap for a drafts file.
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check(1)")) {
            return rs.next() ? rs.getString(1) : "no answer";
        }
    }

    private static boolean hasTables(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    /** WAL lets the UI read while a background save writes; some file systems cannot do it, which is not fatal. */
    private static void useWriteAheadLog(Connection connection, Path file) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode = WAL")) {
            String mode = rs.next() ? rs.getString(1) : "unknown";
            if (!"wal".equalsIgnoreCase(mode)) {
                LOG.log(Level.WARNING, "{0} stays in journal mode {1}: WAL is not available there", file, mode);
            }
        }
    }

    private static void closeAfterFailure(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
