package org.readerfirst.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import org.readerfirst.store.StoreException.Kind;

/**
 * One window per database. SQLite alone would keep a second window's file intact, but each window
 * keeps the open draft in memory and saves it whole, so two windows on one draft would silently
 * overwrite each other's text. The window holds this lock while it runs; a second window is told
 * the file is in use. The command line takes it only to restore, so it can still read and publish
 * while the window is open (SQLite's own locks keep those writes safe).
 *
 * <p>The lock is the operating system's, on {@code readerfirst.db.lock} beside the database: it goes
 * when the process ends, even when it is killed, so it never needs clearing by hand.
 */
public final class InstanceLock implements AutoCloseable {

    private final Path database;
    private final FileChannel channel;
    private FileLock lock;

    private InstanceLock(Path database, FileChannel channel, FileLock lock) {
        this.database = database;
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws StoreException of kind {@link Kind#LOCKED} if another window (or process) holds it */
    public static InstanceLock acquire(Path database) throws StoreException {
        Objects.requireNonNull(database, "database");
        Path file = lockFile(database);
        DatabaseFile.createFolders(database, file.toAbsolutePath().getParent());
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException(Kind.UNWRITABLE, database,
                    "Cannot open " + database + ": cannot create its lock file " + file + ".", e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(Kind.IO, database, "Cannot lock " + database + ": " + e.getMessage() + ".", e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new StoreException(Kind.LOCKED, database, "Cannot open " + database
                    + ": ReaderFirst is already open on it in another window.");
        }
        return new InstanceLock(database, channel, lock);
    }

    static Path lockFile(Path database) {
        return Path.of(database + ".lock");
    }

    public Path database() {
        return database;
    }

    /** Releases the lock; releasing twice is harmless. The lock file stays, empty, for next time. */
    @Override
    public synchronized void close() {
        if (lock == null) {
            return;
        }
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases it as well.
        }
        lock = null;
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing was written through it.
        }
    }
}
