package org.readerfirst.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.readerfirst.store.StoreException.Kind;

/**
 * Gets the database file ready before SQLite sees it: creates a missing one privately, and refuses a
 * file that cannot be a database by reading it only, so a wrong file is never written to.
 */
final class DatabaseFile {

    // Every SQLite 3 database starts with these 16 bytes; anything else SQLite would reject anyway,
    // but only after we had handed it the file.
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** The database itself and the files SQLite keeps beside it, as suffixes of its name. */
    static final List<String> SIDE_FILES = List.of("", "-wal", "-shm", "-journal");

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private DatabaseFile() {
    }

    /** Creates the file (and its folders) if missing; checks that an existing file looks like SQLite. */
    static void prepare(Path file) throws StoreException {
        if (Files.isDirectory(file)) {
            throw new StoreException(Kind.IO, file, "Cannot use " + file + " as the database: it is a folder.");
        }
        // Not notExists(): that is false when the path cannot be checked, e.g. when a parent is a file.
        if (!Files.exists(file) && createPrivately(file)) {
            return;
        }
        checkWritable(file);
        checkLooksLikeSqlite(file);
    }

    /** @return false if someone else created the file meanwhile, so it must be checked as existing */
    private static boolean createPrivately(Path file) throws StoreException {
        Path folder = file.toAbsolutePath().getParent();
        createFolders(file, folder);
        try {
            // The permissions go in with the creation itself: the file is never readable by others.
            Files.createFile(file, POSIX ? ownerOnly("rw-------") : new FileAttribute<?>[0]);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (AccessDeniedException e) {
            throw new StoreException(Kind.UNWRITABLE, file,
                    "Cannot create " + file + ": no permission to write in " + folder + ".", e);
        } catch (IOException e) {
            throw new StoreException(Kind.UNWRITABLE, file, "Cannot create " + file + ": " + describe(e) + ".", e);
        }
    }

    /** Creates the database's missing folders, private to the owner. */
    static void createFolders(Path file, Path folder) throws StoreException {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            // Owner-only, as the XDG spec asks for data folders; it applies only to folders created here.
            Files.createDirectories(folder, POSIX ? ownerOnly("rwx------") : new FileAttribute<?>[0]);
        } catch (IOException e) {
            Path blocker = firstNonFolder(folder);
            String reason = blocker != null
                    ? blocker + " is a file, not a folder"
                    : e instanceof AccessDeniedException
                            ? "no permission to create the folder " + folder
                            : "the folder " + folder + " cannot be created (" + describe(e) + ")";
            throw new StoreException(Kind.UNWRITABLE, file, "Cannot create " + file + ": " + reason + ".", e);
        }
    }

    /** The nearest ancestor of {@code folder} (or itself) that exists but is not a folder, if any. */
    private static Path firstNonFolder(Path folder) {
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? null : p;
            }
        }
        return null;
    }

    private static void checkWritable(Path file) throws StoreException {
        if (!Files.isReadable(file)) {
            throw new StoreException(Kind.UNWRITABLE, file, "Cannot open " + file + ": no permission to read it.");
        }
        if (!Files.isWritable(file)) {
            throw new StoreException(Kind.UNWRITABLE, file, "Cannot open " + file + ": the file is read-only.");
        }
        // SQLite keeps its write-ahead log and journal next to the database, so the folder must be writable too.
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isWritable(folder)) {
            throw new StoreException(Kind.UNWRITABLE, file,
                    "Cannot open " + file + ": its folder " + folder + " is not writable.");
        }
    }

    private static void checkLooksLikeSqlite(Path file) throws StoreException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SQLITE_MAGIC.length);
        } catch (IOException e) {
            throw new StoreException(Kind.IO, file, "Cannot read " + file + ": " + describe(e) + ".", e);
        }
        // An empty file is fine: SQLite turns it into a new database.
        if (head.length > 0 && !Arrays.equals(head, SQLITE_MAGIC)) {
            throw new StoreException(Kind.CORRUPT, file, "Cannot open " + file
                    + ": it is not a SQLite database, so ReaderFirst left it unchanged.");
        }
    }

    /** The attributes of a file only its owner may read and write, where the system has them. */
    static FileAttribute<?>[] privateFile() {
        return POSIX ? ownerOnly("rw-------") : new FileAttribute<?>[0];
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
    }

    /** What went wrong with a file, in the system's words, or the kind of error when it gave none. */
    static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
