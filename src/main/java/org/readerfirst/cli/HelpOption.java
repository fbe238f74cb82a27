package org.readerfirst.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help} on every command: what it does and its own options. */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean requested;
}
