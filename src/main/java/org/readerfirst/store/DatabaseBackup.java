package org.readerfirst.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.readerfirst.store.StoreException.Kind;

/**
 * A copy of the database taken through SQLite, so it is consistent even while the app writes: copying
 * the file itself could catch a half-written page, or miss what is still in the write-ahead log.
 */
final class DatabaseBackup {

    private DatabaseBackup() {
    }

    static void write(Connection connection, Path source, Path target) throws StoreException {
        // VACUUM INTO would refuse an existing file too, but with a message about SQLite, not the writer's file.
        // SQLite would write through a link, dangling or not, to wherever it points.
        Optional<Path> link = LinkSafeFiles.linkTarget(target);
        if (link.isPresent()) {
            throw new StoreException(Kind.UNWRITABLE, target, "Will not back up to " + target + ": it is a link to "
                    + link.get() + ", and a backup is never written through a link. Name a plain file.");
        }
        if (Files.exists(target)) {
            throw new StoreException(Kind.UNWRITABLE, target,
                    "Will not back up to " + target + ": the file already exists, and a backup never overwrites.");
        }
        // SQLite writes into an empty file it is given: made here first, only the owner can read the copy.
        try {
            Files.createFile(target, DatabaseFile.privateFile());
        } catch (IOException e) {
            throw new StoreException(Kind.UNWRITABLE, target, "Cannot create the backup " + target + ": "
                    + DatabaseFile.describe(e) + ".", e);
        }
        try (PreparedStatement ps = connection.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, target.toAbsolutePath().toString());
            ps.execute();
        } catch (SQLException e) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException ignored) {
                // The empty file stays; the error below says what went wrong.
            }
            throw SqliteErrors.translate(e, target, "write the backup of " + source + " to");
        }
    }
}
