package org.readerfirst.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.readerfirst.store.DataLocations;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.StoreException;

/**
 * Which database a command reads: its own {@code --db}, else the one given before the command, else
 * {@code READERFIRST_DB}, else the default file. Commands that read only open a database that exists:
 * a typo in a path must not leave a new, empty database behind. Importing drafts is the one command
 * that may be the first, so it creates the database, private to the owner, as the window does.
 */
final class DatabaseOption {

    private DatabaseOption() {
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
