package org.readerfirst.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.readerfirst.core.model.Audience;
import org.readerfirst.core.model.AudienceFile;
import org.readerfirst.core.model.CheckResult;
import org.readerfirst.core.model.CheckSettings;
import org.readerfirst.core.model.PublishingPlan;
import org.readerfirst.core.curation.SourceText;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.grammar.GrammarResult;
import org.readerfirst.grammar.GrammarService;
import org.readerfirst.source.SourceDocuments;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.StoreException;

/**
 * The command line. Exit status: 0 when no finding is an error, 1 when one is, 2 for a problem with
 * the command or its input (told in one line on standard error). Grammar and spelling findings are
 * warnings or hints, never errors, so they do not change the exit status.
 */
public final class ReaderFirstCli {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final GrammarService grammar;
    private final Path database;
    private final Clock clock;

    public ReaderFirstCli(PrintStream out, PrintStream err, InputStream in) {
        this(out, err, in, null);
    }

    /**
     * @param grammar a grammar service to share between runs (it takes seconds to load), left open;
     *                null to load one for each {@code check} that needs it
     */
    public ReaderFirstCli(PrintStream out, PrintStream err, InputStream in, GrammarService grammar) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.grammar = grammar;
        this.database = null;
        this.clock = Clock.systemDefaultZone();
    }

    private ReaderFirstCli(ReaderFirstCli cli, Path database, Clock clock) {
        this.out = cli.out;
        this.err = cli.err;
        this.in = cli.in;
        this.grammar = cli.grammar;
        this.database = database;
        this.clock = clock;
    }

    /**
     * The same command line on the database given before the sub-command ({@code readerfirst --db PATH
     * drafts list}); a command's own {@code --db} still wins. Null leaves READERFIRST_DB and the default.
     */
    public ReaderFirstCli withDatabase(Path database) {
        return new ReaderFirstCli(this, database, clock);
    }

    /** The same command line with another clock, whose zone decides where "today" ends. */
    ReaderFirstCli withClock(Clock clock) {
        return new ReaderFirstCli(this, database, clock);
    }

    /** The command line alone, without the app. */
    public static void main(String[] args) {
        System.exit(new ReaderFirstCli(System.out, System.err, System.in).run(List.of(args)));
    }

    /** Runs a sub-command; {@code args} start with its name. */
    public int run(List<String> args) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            out.print(Help.TEXT);
            return OK;
        }
        if (args.get(0).equals("--version")) {
            out.println("readerfirst " + Help.version());
            return OK;
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        try {
            if (rest.contains("--help") || rest.contains("-h")) {
                out.print(Help.TEXT);
                return OK;
            }
            return switch (command) {
                case "check" -> check(CheckOptions.parse(rest));
                case "cadence" -> new CadenceCommand(out, database, clock).run(rest);
                case "drafts" -> new DraftsCommand(out, err, database, clock).run(rest);
                case "eval" -> new EvalCommand(out, err, in, grammar).run(rest);
                case "export" -> new ExportCommand(out, in).run(rest);
                default -> throw new UsageException("unknown command '" + command + "'; see 'readerfirst --help'");
            };
        } catch (UsageException e) {
            err.println("readerfirst: " + e.getMessage());
            return USAGE;
        }
    }

    private int check(CheckOptions options) throws UsageException {
        // Read before grammar loads, so a wrong --db is told at once, not after seconds of loading.
        PublishingPlan publishing = options.database() == null ? null : publishingNow(options.database());
        SourceText source = options.source() == null ? null : source(options);
        RuleSetup rules;
        try {
            rules = RuleSetup.open(options.rulesDir(), err);
        } catch (UsageException e) {
            throw new UsageException("check: " + e.getMessage());
        }
        try (rules; GrammarCheck grammarCheck = options.grammar() ? new GrammarCheck(grammar, options.english(), err, options.jobs()) : null) {
            return check(options, publishing, source, rules.engine(), grammarCheck);
        }
    }

    private int check(CheckOptions options, PublishingPlan publishing, SourceText source, RuleEngine engine,
                      GrammarCheck grammarCheck) throws UsageException {
        CheckSettings settings = CheckSettings.defaults();
        if (options.audienceFile() != null) {
            settings = settings.withAudience(audience(options.audienceFile()));
        }
        if (publishing != null) {
            settings = settings.withPublishing(publishing);
        }
        settings = settings.withSource(source);
        FindingPrinter printer = new FindingPrinter(out, options.json());
        List<CheckTargets.Target> files = CheckTargets.expand(options.files());
        boolean inputProblem = false;
        boolean errors = false;
        // The rules run on many threads; grammar on each of its services' own threads, a file each at a
        // time. Files are reported in order: a few wait for their grammar check while the next ones run.
        Deque<Checked> inCheck = new ArrayDeque<>();
        int width = grammarCheck == null ? 1 : grammarCheck.width();
        try (ParallelCheck parallel = new ParallelCheck(engine, settings, options.type(), options.language(), in,
                options.jobs())) {
            for (Iterator<ParallelCheck.Outcome> it = parallel.outcomes(files); it.hasNext(); ) {
                ParallelCheck.Outcome outcome = it.next();
                while (inCheck.size() >= width) {
                    int reported = report(inCheck.poll(), grammarCheck, printer, source);
                    inputProblem |= reported == USAGE;
                    errors |= reported == FINDINGS;
                }
                inCheck.add(new Checked(outcome, outcome.problem() != null || grammarCheck == null ? null
                        : grammarCheck.start(outcome.result())));
            }
            while (!inCheck.isEmpty()) {
                int reported = report(inCheck.poll(), grammarCheck, printer, source);
                inputProblem |= reported == USAGE;
                errors |= reported == FINDINGS;
            }
        }
        out.flush();
        return inputProblem ? USAGE : errors ? FINDINGS : OK;
    }

    /** A file's rules' outcome and, when grammar is on, its grammar check under way. */
    private record Checked(ParallelCheck.Outcome outcome, CompletableFuture<GrammarResult> grammar) {
    }

    /** Prints a file's findings, or its problem; returns USAGE for a problem, FINDINGS for errors, else OK. */
    private int report(Checked checked, GrammarCheck grammarCheck, FindingPrinter printer, SourceText source) {
        ParallelCheck.Outcome outcome = checked.outcome();
        if (outcome.problem() != null) {
            err.println("readerfirst: " + outcome.problem());
            return USAGE;
        }
        CheckResult result = outcome.result();
        if (checked.grammar() != null) {
            result = grammarCheck.addTo(outcome.file(), result, checked.grammar());
        }
        printer.print(outcome.file(), result, source == null ? null : source.compare(outcome.text()));
        return result.hasErrors() ? FINDINGS : OK;
    }

    /** The text a draft is compared with; a page or Markdown file is reduced to the text it shows. */
    private SourceText source(CheckOptions options) throws UsageException {
        String file = options.source();
        if (file.equals("-") && options.files().contains("-")) {
            throw new UsageException("check: --source - and a draft from '-' cannot both read standard input");
        }
        try {
            return SourceDocuments.parse(file, TextInput.read(file, in));
        } catch (UsageException e) {
            throw new UsageException("check: --source " + e.getMessage());
        }
    }

    /** The database's publishing log, with the checked text counted as published now. */
    private PublishingPlan publishingNow(String dbOption) throws UsageException {
        try (DraftStore store = DatabaseOption.open(DatabaseOption.resolve(null, dbOption))) {
            return new PublishingPlan(store.publishingLog().publications(), clock.instant(), clock.getZone());
        } catch (StoreException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private Audience audience(String file) throws UsageException {
        String text = TextInput.read(file, in);
        try {
            return AudienceFile.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(file + ": " + e.getMessage());
        }
    }
}
