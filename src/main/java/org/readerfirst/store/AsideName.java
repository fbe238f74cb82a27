package org.readerfirst.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A free name beside the database for a file kept aside, stamped with the time: {@code
 * readerfirst.db.corrupt-20261127-181500}, in UTC so that names sort by time. Nothing already there is ever taken: a second one in the
 * same second gets {@code -2}.
 */
final class AsideName {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private AsideName() {
    }

    /** @param label what the copy is, e.g. "corrupt" or "before-restore" */
    static Path next(Path database, String label, Clock clock) {
        String base = database.getFileName() + "." + label + "-" + stamp(clock);
        Path candidate = database.resolveSibling(base);
        for (int n = 2; taken(candidate); n++) {
            candidate = database.resolveSibling(base + "-" + n);
        }
        return candidate;
    }

    static String stamp(Clock clock) {
        return STAMP.format(clock.instant());
    }

    /** The name or any of SQLite's side files for it exists. */
    private static boolean taken(Path file) {
        for (String suffix : DatabaseFile.SIDE_FILES) {
            if (Files.exists(Path.of(file + suffix))) {
                return true;
            }
        }
        return false;
    }
}
