package org.readerfirst.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Objects;

/**
 * What is done to the database file as a whole rather than to what it holds: copying it, putting a
 * copy back, checking it. Reached through {@link DraftStore#maintenance()}; every method takes the
 * store's lock, as the store's own methods do.
 */
public final class DatabaseMaintenance {

    private final DraftStore store;

    DatabaseMaintenance(DraftStore store) {
        this.store = store;
    }

    /**
     * Writes a consistent copy of the database to {@code target}, also while the app is writing to it.
     *
     * @throws StoreException if {@code target} exists (it is never overwritten) or cannot be written
     */
    public void backupTo(Path target) throws StoreException {
        Objects.requireNonNull(target, "target");
        synchronized (store) {
            DatabaseBackup.write(store.connection(), store.file(), target);
        }
    }

    /**
     * Replaces the whole database with {@code backup}: checks that it is an undamaged ReaderFirst
     * database not newer than this version, keeps the current database aside as {@code
     * readerfirst.db.before-restore-YYYYMMDD-HHMMSS}, then puts the backup in place, migrated if older.
     * Other connections to the file see the change as one write.
     *
     * @return where the database as it was before is kept
     * @throws StoreException if the backup is refused (the current database is then unchanged)
     */
    public Path restoreFrom(Path backup) throws StoreException {
        Objects.requireNonNull(backup, "backup");
        synchronized (store) {
            return DatabaseRestore.restoreInto(store.connection(), store.file(), backup, store.clock());
        }
    }

    /** SQLite's full check of the file: "ok", or the first problem it found. */
    public String integrityCheck() throws StoreException {
        synchronized (store) {
            try {
                return Schema.integrityCheck(store.connection());
            } catch (SQLException e) {
                throw SqliteErrors.translate(e, store.file(), "check");
            }
        }
    }

    /** The layout version of the open file; after {@link DraftStore#open} it is the latest this version knows. */
    public int schemaVersion() throws StoreException {
        synchronized (store) {
            try {
                return Schema.version(store.connection());
            } catch (SQLException e) {
                throw SqliteErrors.translate(e, store.file(), "read the version of");
            }
        }
    }
}
