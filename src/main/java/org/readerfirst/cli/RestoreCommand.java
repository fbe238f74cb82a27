package org.readerfirst.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.readerfirst.store.DamagedDatabase;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.InstanceLock;
import org.readerfirst.store.StoreException;

/**
 * {@code drafts restore FILE}: puts a backup in the database's place, keeping the current database
 * aside. It refuses while the window is open on the database: the window would go on saving the
 * drafts it holds over the restored ones.
 */
final class RestoreCommand {

    private static final String COMMAND = "drafts restore";

    private final PrintStream out;
    private final Clock clock;

    RestoreCommand(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    int run(Path database, CommandArgs args) throws UsageException {
        Path backup = Path.of(args.single(COMMAND, "the backup file to restore"));
        try (InstanceLock lock = InstanceLock.acquire(database)) {
            if (!Files.exists(database)) {
                DraftStore.openFromBackup(database, backup).close();
                out.println("restored " + backup + " as " + database);
                return ReaderFirstCli.OK;
            }
            try (DraftStore store = DraftStore.open(database)) {
                Path aside = store.maintenance().restoreFrom(backup);
                out.println("restored " + backup + " into " + database + "; the database as it was is kept as " + aside);
            } catch (StoreException e) {
                if (e.kind() != StoreException.Kind.CORRUPT || !e.file().equals(database)) {
                    throw e;
                }
                restoreOverDamaged(database, backup, e);
            }
            return ReaderFirstCli.OK;
        } catch (StoreException e) {
            if (e.kind() == StoreException.Kind.LOCKED && e.file().equals(database)) {
                throw new UsageException(COMMAND + ": ReaderFirst is open on " + database
                        + "; restore from its File menu, or close it and try again");
            }
            throw new UsageException(COMMAND + ": " + e.getMessage());
        }
    }

    /** The current database cannot be opened: it is moved aside, not written over. */
    private void restoreOverDamaged(Path database, Path backup, StoreException damage) throws StoreException {
        Path aside = DamagedDatabase.moveAside(database, clock);
        out.println(damage.getMessage());
        out.println("moved it aside to " + aside);
        try {
            DraftStore.openFromBackup(database, backup).close();
        } catch (StoreException e) {
            out.println("the backup was refused; " + database + " stays empty and the damaged file stays at " + aside);
            throw e;
        }
        out.println("restored " + backup + " as " + database);
    }
}
