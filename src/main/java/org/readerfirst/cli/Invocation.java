package org.readerfirst.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import org.readerfirst.grammar.GrammarService;

/**
 * What one run of the command line works with.
 *
 * @param grammar a grammar service shared between runs (it takes seconds to load), left open; null
 *                to load one for each command that needs it
 * @param database the database given before the command ({@code readerfirst --db PATH drafts list}),
 *                 or null
 * @param clock the time, whose zone decides where "today" ends
 */
record Invocation(PrintStream out, PrintStream err, InputStream in, GrammarService grammar, Path database,
                  Clock clock) {

    Invocation withDatabase(Path database) {
        return new Invocation(out, err, in, grammar, database, clock);
    }

    Invocation withClock(Clock clock) {
        return new Invocation(out, err, in, grammar, database, clock);
    }
}
