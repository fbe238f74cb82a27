package org.readerfirst.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.readerfirst.store.DataLocations;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.StoreException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --db PATH} of the commands on the app's drafts: their own {@code --db}, else the one given
 * before the command, else {@code READERFIRST_DB}, else the default file. Commands that read only open
 * a database that exists: a typo in a path must not leave a new, empty database behind. Importing
 * drafts is the one command that may be the first, so it creates the database, private to the owner,
 * as the window does.
 */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "PATH",
            description = "the database (default: the one given before the command, else READERFIRST_DB, "
                    + "else the app's; see 'readerfirst --help')")
    private Path path;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /** The database file this command works on. */
    Path file(Invocation run) throws UsageException {
        if (path != null) {
            return resolve(null, path.toString());
        }
        OptionSpec root = command.root().findOption("--db");
        Object beforeCommand = root == null ? null : root.getValue();
        return beforeCommand != null ? resolve(null, beforeCommand.toString()) : resolve(run.database(), null);
    }

    /** The database, which must exist. */
    DraftStore open(Invocation run) throws UsageException {
        return open(file(run));
    }

    /**
     * @param beforeCommand the database given before the sub-command, or null
     * @param ofCommand the command's own {@code --db} value, or null
     */
    static Path resolve(Path beforeCommand, String ofCommand) throws UsageException {
        if (ofCommand == null && beforeCommand != null) {
            return beforeCommand;
        }
        try {
            return DataLocations.database(ofCommand);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static DraftStore open(Path file) throws UsageException {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no database at " + file
                    + " (check the path; 'drafts import' or opening the app creates one)");
        }
        return openOrCreate(file);
    }

    static DraftStore openOrCreate(Path file) throws UsageException {
        try {
            return DraftStore.open(file);
        } catch (StoreException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
