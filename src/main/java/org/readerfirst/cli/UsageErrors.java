package org.readerfirst.cli;

import java.io.PrintStream;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What the parser and the commands refuse, told in one line on standard error with exit status 2: a
 * mistyped option or command is named, with picocli's suggestion of the one meant on the same line.
 */
final class UsageErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {

    private final PrintStream err;

    UsageErrors(PrintStream err) {
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        err.println("readerfirst: " + message(e, List.of(args)));
        return ReaderFirstCli.USAGE;
    }

    /**
     * A command's refusal is told in one line; anything else is a bug: one line says so in plain words,
     * and the details follow for the report.
     */
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
        if (e instanceof UsageException) {
            err.println("readerfirst: " + e.getMessage());
            return ReaderFirstCli.USAGE;
        }
        err.println("readerfirst: " + ownName(commandLine.getCommandSpec()) + " stopped on an unexpected error ("
                + e + "). This is a fault of ReaderFirst, not of your input: the details below help to mend it.");
        e.printStackTrace(err);
        return ReaderFirstCli.USAGE;
    }

    static String message(ParameterException e, List<String> args) {
        CommandSpec command = e.getCommandLine().getCommandSpec();
        String prefix = command.parent() == null ? "" : ownName(command) + ": ";
        if (e instanceof UnmatchedArgumentException unmatched) {
            return prefix + unmatched(unmatched, command);
        }
        if (e instanceof MissingParameterException missing) {
            return prefix + missing(missing.getMissing().get(0), args);
        }
        ArgSpec arg = e.getArgSpec();
        if (arg != null && e.getCause() != null) {
            // A value the option's converter refused: its message says what is wrong with it.
            return prefix + (arg.isOption() ? ((OptionSpec) arg).longestName() + ": " : "") + e.getCause().getMessage();
        }
        return prefix + e.getMessage();
    }

    private static String unmatched(UnmatchedArgumentException e, CommandSpec command) {
        String arg = e.getUnmatched().get(0);
        String what;
        if (e.isUnknownOption()) {
            what = "unknown option '" + arg + "'";
        } else if (!command.subcommands().isEmpty()) {
            what = "unknown command '" + arg + "'";
        } else {
            return "unexpected '" + arg + "'";
        }
        List<String> meant = e.getSuggestions();
        return what + (meant.isEmpty() ? "; see '" + command.qualifiedName() + " --help'" : "; did you mean " + or(meant) + "?");
    }

    private static String missing(ArgSpec arg, List<String> args) {
        if (arg instanceof OptionSpec option && typed(option, args)) {
            return option.longestName() + " needs a value";
        }
        IfMissing told = arg.userObject() instanceof AnnotatedElement element ? element.getAnnotation(IfMissing.class) : null;
        String message = told != null ? told.value() : "name " + arg.paramLabel();
        if (arg.completionCandidates() != null) {
            List<String> values = new ArrayList<>();
            arg.completionCandidates().forEach(values::add);
            message += " (" + String.join(", ", values) + ")";
        }
        return message;
    }

    /** The option is on the command line, only its value is not. */
    private static boolean typed(OptionSpec option, List<String> args) {
        for (String name : option.names()) {
            if (args.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** The command's name as the writer typed it after {@code readerfirst}, e.g. "drafts list". */
    private static String ownName(CommandSpec command) {
        String qualified = command.qualifiedName();
        return qualified.substring(qualified.indexOf(' ') + 1);
    }

    private static String or(List<String> words) {
        List<String> quoted = words.stream().map(w -> "'" + w + "'").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    }
}
