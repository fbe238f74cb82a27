package org.readerfirst.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.rules.RulePackLoader;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.StoreException;

/** {@code cadence}: what the publishing log allows today, for people or programs. */
final class CadenceCommand {

    private final PrintStream out;
    private final Path database;
    private final Clock clock;

    /** @param database the database given before the command, or null */
    CadenceCommand(PrintStream out, Path database, Clock clock) {
        this.out = out;
        this.database = database;
        this.clock = clock;
    }

    int run(List<String> args) throws UsageException {
        CommandArgs parsed = CommandArgs.parse("cadence", args, Set.of("--db", "--format"));
        boolean json = parsed.json("cadence");
        if (!parsed.positional().isEmpty()) {
            throw new UsageException("cadence: unexpected '" + parsed.positional().get(0) + "'");
        }
        CadenceSummary summary;
        try (DraftStore store = DatabaseOption.open(DatabaseOption.resolve(database, parsed.option("--db")))) {
            summary = CadenceSummary.of(store.publishingLog().publications(), clock.instant(), clock.getZone(),
                    new RulePackLoader(Lemmatizers.stemmers()).loadBuiltInLimits());
        } catch (StoreException e) {
            throw new UsageException(e.getMessage());
        }
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("today", countAndLimit("updates", summary.updatesToday(), summary.updatesPerDay()));
            root.put("last7days", countAndLimit("articles", summary.articlesLast7Days(),
                    summary.articlesPer7Days()));
            out.println(DraftsCommand.write(root));
        } else {
            out.println("Today: " + summary.updatesToday() + " of " + summary.updatesPerDay() + " updates"
                    + (summary.updatesToday() >= summary.updatesPerDay() ? " (enough for today)" : ""));
            out.println("Last 7 days: " + summary.articlesLast7Days() + " of " + summary.articlesPer7Days()
                    + " articles" + (summary.articlesLast7Days() >= summary.articlesPer7Days()
                    ? " (the next one can wait)" : ""));
        }
        return ReaderFirstCli.OK;
    }

    private static Map<String, Object> countAndLimit(String name, int count, int limit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(name, count);
        m.put("limit", limit);
        return m;
    }
}
