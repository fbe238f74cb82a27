package org.readerfirst.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where backups go unless the writer names another file: a {@code backups} folder beside the
 * database, one {@code readerfirst-YYYYMMDD-HHMMSS.db} a backup. Starting after a damaged database
 * offers the newest file here.
 */
public final class BackupFolder {

    static final String NAME = "backups";

    private BackupFolder() {
    }

    /** The backups folder of {@code database}; it may not exist yet. */
    public static Path of(Path database) {
        return database.toAbsolutePath().resolveSibling(NAME);
    }

    /** A new, free file name in the backups folder, which is created (private to the owner) if missing. */
    public static Path newBackupFile(Path database, Clock clock) throws StoreException {
        Path folder = of(database);
        DatabaseFile.createFolders(database, folder);
        String base = "readerfirst-" + AsideName.stamp(clock);
        Path file = folder.resolve(base + ".db");
        // A link counts as taken even when it leads nowhere: a backup is never written through one.
        for (int n = 2; Files.exists(file, LinkOption.NOFOLLOW_LINKS); n++) {
            file = folder.resolve(base + "-" + n + ".db");
        }
        return file;
    }

    /** The most recently written {@code .db} file in the backups folder, if there is one. */
    public static Optional<Path> latest(Path database) {
        Path folder = of(database);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".db") && Files.isRegularFile(f))
                    .max(Comparator.comparing(BackupFolder::modified).thenComparing(Path::getFileName));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
