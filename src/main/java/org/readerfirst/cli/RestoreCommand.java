package org.readerfirst.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.readerfirst.store.DamagedDatabase;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.InstanceLock;
import org.readerfirst.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code drafts restore FILE}: puts a backup in the database's place, keeping the current database
 * aside. It refuses while the window is open on the database: the window would go on saving the
 * drafts it holds over the restored ones.
 */
@Command(name = "restore",
        description = "put the backup FILE in the database's place, after checking it; the database as it was is "
                + "kept as readerfirst.db.before-restore-YYYYMMDD-HHMMSS (a damaged one as ...corrupt-...); "
                + "refused while the app is open on the database",
        exitCodeList = {HelpTexts.DONE, HelpTexts.REFUSED})
final class RestoreCommand implements Callable<Integer> {

    private static final String COMMAND = "drafts restore";

    @Parameters(paramLabel = "FILE", description = "the backup to restore")
    @IfMissing("name the backup file to restore")
    private Path backup;

    @Mixin
    private DatabaseOption databaseOption;

    @Mixin
    private HelpOption help;

    private final Invocation run;

    RestoreCommand(Invocation run) {
        this.run = run;
    }

    @Override
    public Integer call() throws UsageException {
        Path database = databaseOption.file(run);
        PrintStream out = run.out();
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
        PrintStream out = run.out();
        Path aside = DamagedDatabase.moveAside(database, run.clock());
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
