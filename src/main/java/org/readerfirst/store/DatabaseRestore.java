package org.readerfirst.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import org.readerfirst.store.StoreException.Kind;
import org.sqlite.SQLiteConnection;

/**
 * Puts a backup in the database's place. The backup is first copied, and the copy checked in full
 * and brought up to date, so the writer's backup file is only ever read and a bad one is refused
 * before anything of the current database changes. The current database is then kept aside, and the
 * checked copy is written into it through SQLite, so the file never sits half-copied on disk.
 */
final class DatabaseRestore {

    private static final System.Logger LOG = System.getLogger(DatabaseRestore.class.getName());

    private DatabaseRestore() {
    }

    /**
     * Replaces the database behind {@code live} with {@code backup}.
     *
     * @return where the database as it was before is kept
     */
    static Path restoreInto(Connection live, Path database, Path backup, Clock clock) throws StoreException {
        Path copy = checkedCopy(backup, database);
        try {
            Path aside = AsideName.next(database, "before-restore", clock);
            DatabaseBackup.write(live, database, aside);
            int rc = live.unwrap(SQLiteConnection.class).getDatabase().restore("main", copy.toString(), null);
            if (rc != 0) {
                throw new SQLException("restore ended with code " + rc, null, rc);
            }
            return aside;
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, database, "restore " + backup + " into");
        } finally {
            deleteQuietly(copy);
        }
    }

    /** Makes a new database at {@code database}, which must not exist, from the backup. */
    static void createFrom(Path database, Path backup) throws StoreException {
        if (Files.exists(database)) {
            throw new StoreException(Kind.UNWRITABLE, database,
                    "Will not restore over " + database + ": the file exists; move it aside first.");
        }
        Path copy = checkedCopy(backup, database);
        try {
            Files.move(copy, database);
        } catch (IOException e) {
            deleteQuietly(copy);
            throw new StoreException(Kind.UNWRITABLE, database, "Could not put the backup in place at " + database
                    + ": " + e.getMessage() + ".", e);
        }
    }

    /** A copy of the backup beside the database, checked and migrated; the caller deletes it. */
    private static Path checkedCopy(Path backup, Path database) throws StoreException {
        if (!Files.isRegularFile(backup)) {
            throw new StoreException(Kind.IO, backup, "Cannot restore from " + backup + ": there is no such file.");
        }
        try {
            if (Files.size(backup) == 0) {
                throw refused(backup, "the file is empty", null);
            }
        } catch (IOException e) {
            throw new StoreException(Kind.IO, backup, "Cannot read " + backup + ": " + e.getMessage() + ".", e);
        }
        Path folder = database.toAbsolutePath().getParent();
        DatabaseFile.createFolders(database, folder);
        Path copy;
        try {
            copy = Files.createTempFile(folder, ".readerfirst-restore-", ".db");
        } catch (IOException e) {
            throw new StoreException(Kind.UNWRITABLE, database, "Cannot restore into " + folder
                    + ": no room for a working copy of the backup (" + e.getMessage() + ").", e);
        }
        try {
            Files.copy(backup, copy, StandardCopyOption.REPLACE_EXISTING);
            check(copy, backup);
            // Opening migrates an older backup to this version's layout, in the copy only.
            DatabaseOpener.open(copy).close();
            return copy;
        } catch (IOException e) {
            deleteQuietly(copy);
            throw new StoreException(Kind.IO, backup, "Cannot copy " + backup + ": " + e.getMessage() + ".", e);
        } catch (SQLException e) {
            deleteQuietly(copy);
            StoreException translated = SqliteErrors.translate(e, backup, "check");
            throw translated.kind() == Kind.CORRUPT ? refused(backup, "it is damaged or not a database", e) : translated;
        } catch (StoreException e) {
            deleteQuietly(copy);
            // From opening the copy, which names the copy: say it of the writer's backup instead.
            if (e.file().equals(backup)) {
                throw e;
            }
            throw e.kind() == Kind.CORRUPT ? refused(backup, "it is damaged or not a ReaderFirst database", e)
                    : new StoreException(e.kind(), backup, "Cannot restore from " + backup + ": "
                            + e.getMessage().replace(copy.toString(), "a working copy of it"), e);
        } catch (RuntimeException e) {
            deleteQuietly(copy);
            throw e;
        }
    }

    private static void check(Path copy, Path backup) throws SQLException, StoreException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy.toAbsolutePath().toUri())) {
            String integrity = Schema.integrityCheck(c);
            if (!"ok".equals(integrity)) {
                LOG.log(Level.WARNING, "integrity_check of the backup {0} failed: {1}", backup, integrity);
                throw refused(backup, "it is damaged", null);
            }
            int version = Schema.version(c);
            if (Schema.applicationId(c) != Schema.APPLICATION_ID || version < 1) {
                throw refused(backup, "it is not a ReaderFirst database", null);
            }
            if (version > Schema.latestVersion()) {
                throw new StoreException(Kind.NEWER_SCHEMA, backup, "Cannot restore from " + backup
                        + ": a newer ReaderFirst wrote it (database version " + version + ", this version knows up to "
                        + Schema.latestVersion() + "). Your current drafts were left as they are.");
            }
        }
    }

    private static StoreException refused(Path backup, String reason, Throwable cause) {
        return new StoreException(Kind.CORRUPT, backup,
                "Cannot restore from " + backup + ": " + reason + ". Your current drafts were left as they are.", cause);
    }

    private static void deleteQuietly(Path copy) {
        for (String suffix : DatabaseFile.SIDE_FILES) {
            try {
                Files.deleteIfExists(Path.of(copy + suffix));
            } catch (IOException e) {
                // A leftover hidden temporary file is harmless.
            }
        }
    }
}
