package org.readerfirst.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code readerfirst}: the commands, and what holds for all of them. Alone, it prints its help. */
@Command(name = "readerfirst", versionProvider = AppVersion.class,
        description = {"Checks LinkedIn drafts against audience-first writing guidance, offline.",
                "Without a command, opens the app (on the database --db names)."},
        exitCodeList = {HelpTexts.OK, HelpTexts.FINDINGS, HelpTexts.USAGE},
        footer = {HelpTexts.GRAMMAR, HelpTexts.OUTPUT, HelpTexts.DATABASE})
final class RootCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH",
            description = "the database the app opens, and cadence, drafts, import-linkedin and report use unless "
                    + "they are given their own --db (default: see Database below)")
    private Path database;

    @Option(names = {"-h", "--help"}, usageHelp = true,
            description = "show this help and exit; 'readerfirst COMMAND --help' shows a command's own")
    private boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "print the version and exit")
    private boolean version;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ReaderFirstCli.OK;
    }
}
