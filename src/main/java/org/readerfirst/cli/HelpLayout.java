package org.readerfirst.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * How the help reads. An option's value follows a space ({@code --db PATH}), as the README and most
 * tools write it; {@code --db=PATH} is accepted as well. A synopsis starts with what the command cannot
 * do without, its required options and arguments, then what it may take ({@code readerfirst drafts
 * publish ID [--at TIME] [--as TYPE]}); {@code --help} is left to the options list. A command with
 * sub-commands lists every one it leads to with its synopsis and what it does.
 */
final class HelpLayout extends Help {

    /** Where a command's description starts, under its synopsis in a list of commands. */
    private static final int DESCRIPTION_INDENT = 6;

    private final IParamLabelRenderer labels;

    HelpLayout(CommandSpec spec, ColorScheme colors) {
        super(spec, colors);
        this.labels = new SpacedLabels(super.createDefaultParamLabelRenderer());
    }

    @Override
    public IParamLabelRenderer createDefaultParamLabelRenderer() {
        return labels;
    }

    @Override
    public IParamLabelRenderer parameterLabelRenderer() {
        return labels;
    }

    /**
     * Required options, arguments, then the other options, in the order they are declared; wrapped
     * between them, never inside one, so that "[--lang auto|en|fi]" stays on one line.
     */
    @Override
    public String detailedSynopsis(int headingLength, Comparator<OptionSpec> sort, boolean cluster) {
        List<OptionSpec> options = commandSpec().options().stream()
                .filter(o -> !o.usageHelp() && !o.versionHelp() && !o.hidden()).toList();
        List<Ansi.Text> parts = new ArrayList<>();
        options.stream().filter(OptionSpec::required).forEach(o -> parts.add(alone(o)));
        commandSpec().positionalParameters().stream().filter(p -> !p.hidden()).forEach(p -> parts.add(alone(p)));
        options.stream().filter(o -> !o.required()).forEach(o -> parts.add(alone(o)));
        Ansi.Text commands = createDetailedSynopsisCommandText();
        if (!commands.plainString().isEmpty()) {
            parts.add(commands);
        }
        return wrap(headingLength, parts);
    }

    /** One option or argument as the synopsis shows it, with the space before it. */
    private Ansi.Text alone(ArgSpec arg) {
        List<ArgSpec> others = new ArrayList<>(commandSpec().args());
        others.remove(arg);
        return arg.isOption() ? createDetailedSynopsisOptionsText(others, null, false)
                : createDetailedSynopsisPositionalsText(others);
    }

    private String wrap(int headingLength, List<Ansi.Text> parts) {
        String name = commandSpec().qualifiedName();
        int width = commandSpec().usageMessage().width();
        int indent = headingLength + name.length() + 1;
        if (indent > width / 2) {
            indent = headingLength + 2;
        }
        StringBuilder synopsis = new StringBuilder(colorScheme().commandText(name).toString());
        int column = headingLength + name.length();
        for (Ansi.Text part : parts) {
            int length = part.plainString().length();
            if (column + length > width && column > indent) {
                synopsis.append(System.lineSeparator()).append(" ".repeat(indent)).append(part.substring(1));
                column = indent + length - 1;
            } else {
                synopsis.append(part);
                column += length;
            }
        }
        return synopsis.append(System.lineSeparator()).toString();
    }

    /** The commands under this one, down to those that run, each with its synopsis and description. */
    static String commandList(Help help) {
        StringBuilder list = new StringBuilder();
        for (Help command : leaves(help.subcommands())) {
            list.append("  ").append(command.synopsis(2));
            TextTable description = TextTable.forColumns(help.colorScheme(),
                    new Column(help.commandSpec().usageMessage().width(), DESCRIPTION_INDENT, Column.Overflow.WRAP));
            description.indentWrappedLines = 0;
            for (String line : command.commandSpec().usageMessage().description()) {
                description.addRowValues(String.format(line));
            }
            list.append(description);
        }
        return list.toString();
    }

    private static List<Help> leaves(Map<String, Help> commands) {
        List<Help> leaves = new ArrayList<>();
        for (Help command : commands.values()) {
            if (command.subcommands().isEmpty()) {
                leaves.add(command);
            } else {
                leaves.addAll(leaves(command.subcommands()));
            }
        }
        return leaves;
    }

    /** The default labels, with a space where picocli puts the parser's "=". */
    private record SpacedLabels(IParamLabelRenderer parsers) implements IParamLabelRenderer {

        @Override
        public Ansi.Text renderParameterLabel(ArgSpec arg, Ansi ansi, List<Ansi.IStyle> styles) {
            Ansi.Text label = parsers.renderParameterLabel(arg, ansi, styles);
            String plain = label.plainString();
            String separator = parsers.separator();
            if (arg.isOption() && plain.startsWith(separator)) {
                return ansi.new Text(" ").concat(label.substring(separator.length()));
            }
            if (arg.isOption() && plain.startsWith("[" + separator)) {
                return ansi.new Text(" [").concat(label.substring(separator.length() + 1));
            }
            return label;
        }

        @Override
        public String separator() {
            return " ";
        }
    }
}
