package org.readerfirst.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the command line's bash completion ({@code completion/readerfirst}) and its man pages in
 * AsciiDoc ({@code man/readerfirst*.adoc}, one a command) into a folder, from the commands themselves,
 * so that neither can fall behind them. The build runs it at {@code package} on {@code target/}.
 */
public final class CommandLineDocs {

    static final String NAME = "readerfirst";

    private CommandLineDocs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CommandLineDocs FOLDER");
        }
        write(Path.of(args[0]));
    }

    static void write(Path folder) throws IOException {
        Files.createDirectories(completionScript(folder).getParent());
        Files.writeString(completionScript(folder), AutoComplete.bash(NAME, commands()), StandardCharsets.UTF_8);
        CommandLine commands = commands();
        forManPages(commands);
        int status = ManPageGenerator.generateManPage(manPages(folder).toFile(), null, new boolean[0], false,
                commands.getCommandSpec());
        if (status != CommandLine.ExitCode.OK) {
            throw new IOException("the man pages could not be written into " + manPages(folder) + " (" + status + ")");
        }
    }

    /**
     * A man page's sections have names where the help has headings, and its notes keep their line
     * breaks only when given a line at a time.
     */
    private static void forManPages(CommandLine command) {
        UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        usage.exitCodeListHeading("Exit status%n");
        if (usage.footer().length > 0) {
            usage.footerHeading("Notes%n");
            usage.footer(Arrays.stream(usage.footer())
                    .flatMap(block -> Arrays.stream(block.split("%n|\n", -1)))
                    .toArray(String[]::new));
        }
        for (CommandLine sub : command.getSubcommands().values()) {
            forManPages(sub);
        }
    }

    static Path completionScript(Path folder) {
        return folder.resolve("completion").resolve(NAME);
    }

    static Path manPages(Path folder) {
        return folder.resolve("man");
    }

    /** The commands as they run, on streams nothing is written to: only their model is read. */
    private static CommandLine commands() {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        return new ReaderFirstCli(nowhere, nowhere, InputStream.nullInputStream()).commandLine();
    }
}
