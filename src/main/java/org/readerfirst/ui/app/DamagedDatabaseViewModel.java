package org.readerfirst.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.readerfirst.store.BackupFolder;
import org.readerfirst.store.DamagedDatabase;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.StoreException;
import org.readerfirst.ui.common.Dates;
import org.readerfirst.ui.common.Messages;

/**
 * What the app offers when its database is damaged at start: restore the latest backup or start
 * with no drafts, both after the damaged file is moved aside (never written over), or quit and leave
 * it where it is.
 */
public final class DamagedDatabaseViewModel {


    private final Path database;
    private final StoreException damage;
    private final Clock clock;
    private final Optional<Path> latestBackup;
    private String notice = "";

    public DamagedDatabaseViewModel(Path database, StoreException damage, Clock clock) {
        this.database = database;
        this.damage = damage;
        this.clock = clock;
        this.latestBackup = BackupFolder.latest(database);
    }

    /** The newest backup in the backups folder beside the database, the one "restore" would use. */
    public Optional<Path> latestBackup() {
        return latestBackup;
    }

    /** Why the database cannot be used, what happens to it, and which backup there is. */
    public String explanation() {
        String backup = latestBackup.map(b -> Messages.get("damaged.content.backup", b.getFileName(), written(b)))
                .orElse(Messages.get("damaged.content.nobackup", BackupFolder.of(database)));
        return Messages.get("damaged.content", damage.getMessage(), database.getFileName() + ".corrupt-…") + "\n\n" + backup;
    }

    private String written(Path file) {
        try {
            return Dates.dateTime(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
        } catch (IOException e) {
            return "?";
        }
    }

    /**
     * Moves the damaged database aside and makes a new one from the latest backup.
     *
     * @throws StoreException if the file cannot be moved or the backup is refused; in the second case
     *     the damaged file stays aside and no database is left in its place
     */
    public DraftStore restoreLatest() throws StoreException {
        Path backup = latestBackup.orElseThrow(() -> new IllegalStateException("there is no backup to restore"));
        Path aside = DamagedDatabase.moveAside(database, clock);
        DraftStore store = DraftStore.openFromBackup(database, backup);
        notice = Messages.get("damaged.restored", aside, backup.getFileName());
        return store;
    }

    /** Moves the damaged database aside and opens a new, empty one in its place. */
    public DraftStore startEmpty() throws StoreException {
        Path aside = DamagedDatabase.moveAside(database, clock);
        DraftStore store = DraftStore.open(database);
        notice = Messages.get("damaged.started", aside);
        return store;
    }

    /** What was done, for the status line once the window is up; empty before. */
    public String notice() {
        return notice;
    }
}
