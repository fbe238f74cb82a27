package org.readerfirst.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.readerfirst.store.StoreException.Kind;

/**
 * Moves a database that cannot be opened out of the way, with its write-ahead log and shared memory
 * file, under one timestamped name, so a new or restored database can take its place. Nothing is
 * deleted or written into: the writer (or someone helping them) may still rescue drafts from it.
 */
public final class DamagedDatabase {

    private DamagedDatabase() {
    }

    /**
     * Renames {@code file} to {@code file.corrupt-YYYYMMDD-HHMMSS} (and its side files alike).
     *
     * @return where the database now is
     * @throws StoreException if it could not be moved; then whatever moved is put back
     */
    public static Path moveAside(Path file, Clock clock) throws StoreException {
        Path aside = AsideName.next(file, "corrupt", clock);
        List<Path[]> moved = new ArrayList<>();
        try {
            for (String suffix : DatabaseFile.SIDE_FILES) {
                Path from = Path.of(file + suffix);
                if (Files.exists(from)) {
                    Path to = Path.of(aside + suffix);
                    // No REPLACE_EXISTING: a move never lands on another file.
                    Files.move(from, to);
                    moved.add(new Path[] {to, from});
                }
            }
            return aside;
        } catch (IOException e) {
            putBack(moved, e);
            throw new StoreException(Kind.UNWRITABLE, file, "Could not move " + file + " aside to " + aside
                    + ": " + e.getMessage() + ". The file was left where it was.", e);
        }
    }

    private static void putBack(List<Path[]> moved, IOException failure) {
        for (Path[] m : moved) {
            try {
                Files.move(m[0], m[1]);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
