package org.readerfirst.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.readerfirst.grammar.GrammarService;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The command line. Exit status: 0 when no finding is an error, 1 when one is, 2 for a problem with
 * the command or its input (told in one line on standard error). Grammar and spelling findings are
 * warnings or hints, never errors, so they do not change the exit status.
 */
public final class ReaderFirstCli {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;

    /** Wide enough for a check's synopsis on a few lines, narrow enough for a terminal beside an editor. */
    static final int HELP_WIDTH = 100;

    private final Invocation invocation;

    public ReaderFirstCli(PrintStream out, PrintStream err, InputStream in) {
        this(out, err, in, null);
    }

    /**
     * @param grammar a grammar service to share between runs (it takes seconds to load), left open;
     *                null to load one for each {@code check} that needs it
     */
    public ReaderFirstCli(PrintStream out, PrintStream err, InputStream in, GrammarService grammar) {
        this(new Invocation(out, err, in, grammar, null, Clock.systemDefaultZone()));
    }

    private ReaderFirstCli(Invocation invocation) {
        this.invocation = invocation;
    }

    /**
     * The same command line on the database given before the sub-command ({@code readerfirst --db PATH
     * drafts list}); a command's own {@code --db} still wins. Null leaves READERFIRST_DB and the default.
     */
    public ReaderFirstCli withDatabase(Path database) {
        return new ReaderFirstCli(invocation.withDatabase(database));
    }

    /** The same command line with another clock, whose zone decides where "today" ends. */
    ReaderFirstCli withClock(Clock clock) {
        return new ReaderFirstCli(invocation.withClock(clock));
    }

    /** The command line alone, without the app. */
    public static void main(String[] args) {
        System.exit(new ReaderFirstCli(System.out, System.err, System.in).run(List.of(args)));
    }

    /** Runs a sub-command; {@code args} start with its name. */
    public int run(List<String> args) {
        CommandLine commandLine = commandLine(args.isEmpty() ? null : args.get(0));
        try {
            return commandLine.execute(args.toArray(String[]::new));
        } finally {
            commandLine.getOut().flush();
            commandLine.getErr().flush();
        }
    }

    /**
     * All the commands as picocli runs them, with their help and their errors; the shell completion
     * and the man pages are made from the same.
     */
    CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * @param named the first argument: when it names a command, only that one is built. picocli reads
     *              each command's annotations when it is built, which a command line pays for at every
     *              start; the help and the suggestions for a mistyped command need them all.
     */
    private CommandLine commandLine(String named) {
        Map<String, Supplier<Object>> commands = commands(invocation);
        CommandLine root = new CommandLine(new RootCommand());
        if (commands.containsKey(named) && !named.equals("help")) {
            root.addSubcommand(commands.get(named).get());
        } else {
            commands.values().forEach(command -> root.addSubcommand(command.get()));
            // picocli's own help command, in the words and the layout of the others.
            root.getSubcommands().get("help").getCommandSpec().usageMessage()
                    .header(new String[0])
                    .synopsisHeading("Usage: ")
                    .description("show a command's help, as COMMAND --help does");
        }
        // These reach every command already added, so they come after the tree is complete.
        Choices.registerConverters(root);
        UsageErrors errors = new UsageErrors(invocation.err());
        root.setOut(new PrintWriter(invocation.out(), true))
                .setErr(new PrintWriter(invocation.err(), true))
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors)
                .setHelpFactory(HelpLayout::new)
                .setUsageHelpWidth(HELP_WIDTH)
                // As before picocli: an option given twice takes the last value; "@file" is a file name.
                .setOverwrittenOptionsAllowed(true)
                .setExpandAtFiles(false);
        for (CommandLine command : allOf(root)) {
            layOut(command);
        }
        return root;
    }

    /** The commands under {@code readerfirst}, by name, in the order the help lists them. */
    private static Map<String, Supplier<Object>> commands(Invocation run) {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("check", () -> new CheckCommand(run));
        commands.put("cadence", () -> new CadenceCommand(run));
        commands.put("drafts", () -> new CommandLine(new DraftsCommand())
                .addSubcommand(new DraftsCommand.ListDrafts(run))
                .addSubcommand(new DraftsCommand.ShowDraft(run))
                .addSubcommand(new DraftsCommand.PublishDraft(run))
                .addSubcommand(new DraftsCommand.BackUp(run))
                .addSubcommand(new RestoreCommand(run))
                .addSubcommand(new MarkdownCommand.Export(run))
                .addSubcommand(new MarkdownCommand.Import(run)));
        commands.put("import-linkedin", () -> new ImportLinkedInCommand(run));
        commands.put("report", () -> new ReportCommand(run));
        commands.put("export", () -> new ExportCommand(run));
        commands.put("eval", () -> new EvalCommand(run));
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    private static void layOut(CommandLine command) {
        UsageMessageSpec usage = command.getCommandSpec().usageMessage()
                .sortOptions(false)
                .sortSynopsis(false)
                .parameterListHeading("%nArguments:%n")
                .optionListHeading("%nOptions:%n")
                .commandListHeading("%nCommands:%n");
        if (!usage.exitCodeList().isEmpty()) {
            usage.exitCodeListHeading("%nExit status:%n");
        }
        // A command that fails for a reason it cannot explain (a bug) exits 2, not 1, which means findings.
        command.getCommandSpec().exitCodeOnExecutionException(USAGE);
        // Every man page names the version, not only the first.
        command.getCommandSpec().versionProvider(new AppVersion());
        if (!command.getSubcommands().isEmpty()) {
            command.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpLayout::commandList);
        }
    }

    private static List<CommandLine> allOf(CommandLine command) {
        List<CommandLine> all = new ArrayList<>(List.of(command));
        for (CommandLine sub : command.getSubcommands().values()) {
            all.addAll(allOf(sub));
        }
        return all;
    }
}
