package org.readerfirst.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.rules.RulePackLoader;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code cadence}: what the publishing log allows today, for people or programs. */
@Command(name = "cadence",
        description = "posts today and articles in the last 7 days, from the database's publishing log, against "
                + "the limits",
        exitCodeList = {HelpTexts.DONE, HelpTexts.REFUSED},
        footer = "%n--format json prints {\"today\": {\"updates\": N, \"limit\": 2}, \"last7days\": {\"articles\": N, "
                + "\"limit\": 1}}: updates are posts published today in the system time zone, the limits those of "
                + "the built-in cadence rules.")
final class CadenceCommand implements Callable<Integer> {

    @Mixin
    private OutputFormat format;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private HelpOption help;

    private final Invocation run;

    CadenceCommand(Invocation run) {
        this.run = run;
    }

    @Override
    public Integer call() throws UsageException {
        CadenceSummary summary;
        try (DraftStore store = database.open(run)) {
            summary = CadenceSummary.of(store.publishingLog().publications(), run.clock().instant(),
                    run.clock().getZone(), new RulePackLoader(Lemmatizers.stemmers()).loadBuiltInLimits());
        } catch (StoreException e) {
            throw new UsageException(e.getMessage());
        }
        if (format.json()) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("today", countAndLimit("updates", summary.updatesToday(), summary.updatesPerDay()));
            root.put("last7days", countAndLimit("articles", summary.articlesLast7Days(),
                    summary.articlesPer7Days()));
            run.out().println(DraftsCommand.write(root));
        } else {
            run.out().println("Today: " + summary.updatesToday() + " of " + summary.updatesPerDay() + " updates"
                    + (summary.updatesToday() >= summary.updatesPerDay() ? " (enough for today)" : ""));
            run.out().println("Last 7 days: " + summary.articlesLast7Days() + " of " + summary.articlesPer7Days()
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
