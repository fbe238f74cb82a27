package org.readerfirst.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The help of each command, the version, and what a mistyped option or command is told. */
class CommandLineHelpTest {

    /** An option's row in a help's options list, as opposed to a description running on. */
    private static final Pattern OPTION_ROW = Pattern.compile("^(?: {2}-\\w, | {6})(--[\\w-]+)");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return cli().run(List.of(args));
    }

    private ReaderFirstCli cli() {
        return new ReaderFirstCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Every command that runs, as typed after "readerfirst": "check", "drafts import"... */
    static Stream<String> commands() {
        List<String> names = new ArrayList<>();
        collect(new ReaderFirstCli(System.out, System.err, System.in).commandLine(), names);
        return names.stream();
    }

    private static void collect(CommandLine command, List<String> names) {
        for (CommandLine sub : command.getSubcommands().values()) {
            if (sub.getSubcommands().isEmpty()) {
                String qualified = sub.getCommandSpec().qualifiedName();
                names.add(qualified.substring(qualified.indexOf(' ') + 1));
            } else {
                collect(sub, names);
            }
        }
    }

    private static CommandLine command(String name) {
        CommandLine command = new ReaderFirstCli(System.out, System.err, System.in).commandLine();
        for (String word : name.split(" ")) {
            command = command.getSubcommands().get(word);
        }
        return command;
    }

    /** The long names in the options list of a help text. */
    private static Set<String> listedOptions(String help) {
        Set<String> names = new TreeSet<>();
        String options = help.substring(help.indexOf("\nOptions:\n"));
        for (String line : options.lines().toList()) {
            Matcher m = OPTION_ROW.matcher(line);
            if (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    @Test
    void readerfirst_help_lists_every_command_with_its_synopsis_and_the_exit_statuses() {
        assertEquals(0, run("--help"));

        assertTrue(out().startsWith("Usage: readerfirst [--db PATH] [COMMAND]"), out());
        assertTrue(out().contains("\nCommands:\n"), out());
        commands().forEach(c -> assertTrue(out().contains("  readerfirst " + c + " ")
                || out().contains("  readerfirst " + c + "\n"), "the list lacks " + c));
        assertTrue(out().contains("readerfirst drafts publish ID [--at TIME] [--as TYPE]"), out());
        assertTrue(out().contains("\nExit status:\n  0 "), out());
        assertEquals("", err());
    }

    @Test
    void the_readmes_command_line_is_the_help_itself() throws IOException {
        assertEquals(0, run("--help"));
        String help = out().replace("\r", "");
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);

        int start = readme.indexOf("```\nUsage: readerfirst") + 4;
        assertTrue(start > 3, "the README shows no help");
        String shown = readme.substring(start, readme.indexOf("```", start));
        assertEquals(help.substring(0, help.indexOf("\n\nExit status:\n") + 1), shown);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void each_commands_help_shows_its_own_options_and_no_others(String name) {
        List<String> args = new ArrayList<>(Arrays.asList(name.split(" ")));
        args.add("--help");

        assertEquals(0, run(args.toArray(String[]::new)), err());

        assertTrue(out().startsWith("Usage: readerfirst " + name), out());
        Set<String> own = new TreeSet<>();
        for (OptionSpec option : command(name).getCommandSpec().options()) {
            own.add(option.longestName());
        }
        assertEquals(own, listedOptions(out()), out());
        assertEquals("", err());
    }

    @Test
    void check_help_shows_checks_options_and_not_those_of_eval_or_export() {
        assertEquals(0, run("check", "--help"));

        for (String option : List.of("--type", "--lang", "--format", "--audience", "--rules", "--no-grammar",
                "--english", "--db", "--source", "--jobs")) {
            assertTrue(listedOptions(out()).contains(option), "check --help lacks " + option);
        }
        for (String other : List.of("--typos", "--floor", "--to", "--out", "--status", "--search")) {
            assertFalse(out().contains(other), "check --help shows " + other);
        }
    }

    @Test
    void a_sub_commands_help_is_its_own() {
        assertEquals(0, run("drafts", "import", "--help"));

        assertTrue(out().startsWith("Usage: readerfirst drafts import FILE... [--db PATH]"), out());
        assertFalse(out().contains("--status"), out());
        assertFalse(out().contains("readerfirst drafts list"), out());
    }

    @Test
    void the_jobs_help_does_not_run_into_the_sources() {
        assertEquals(0, run("check", "--help"));

        String source = optionBlock(out(), "--source");
        String jobs = optionBlock(out(), "--jobs");
        assertTrue(source.contains("(.txt, .md or .html)") && source.contains("too little of your own take"), source);
        assertFalse(source.contains("cores"), source);
        assertTrue(jobs.contains("the number of cores") && jobs.contains("in the same order"), jobs);
        assertFalse(jobs.contains("quote"), jobs);
    }

    /** An option's row and the description lines under it, up to the next option. */
    private static String optionBlock(String help, String option) {
        StringBuilder block = new StringBuilder();
        boolean in = false;
        for (String line : help.lines().toList()) {
            Matcher m = OPTION_ROW.matcher(line);
            if (m.find()) {
                in = m.group(1).equals(option);
            } else if (line.isBlank() || !line.startsWith(" ")) {
                in = false;
            }
            if (in) {
                block.append(line.strip()).append(' ');
            }
        }
        return block.toString();
    }

    @Test
    void help_as_a_command_shows_the_same_as_the_help_option() {
        assertEquals(0, run("check", "--help"));
        String option = out();

        assertEquals(0, run("help", "check"));

        assertEquals(option, out());
    }

    @Test
    void version_is_the_one_the_build_took_from_the_pom() throws IOException {
        assertEquals(0, run("--version"));

        assertEquals("readerfirst " + versionInPom() + "\n", out().replace("\r", ""));
        assertEquals("", err());
    }

    /** The project's own version: the first after its artifactId, as pom.xml has no parent. */
    private static String versionInPom() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<artifactId>readerfirst</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find(), "pom.xml has no version");
        return m.group(1);
    }

    @Test
    void a_mistyped_option_is_named_with_the_one_meant_in_one_line() {
        assertEquals(2, run("check", "--formt", "json", "x.txt"));

        assertEquals("readerfirst: check: unknown option '--formt'; did you mean '--format'?\n",
                err().replace("\r", ""));
        assertEquals("", out());
    }

    @Test
    void a_mistyped_command_is_named_with_the_one_meant_in_one_line() {
        assertEquals(2, run("chekc", "x.txt"));
        assertTrue(err().startsWith("readerfirst: unknown command 'chekc'; did you mean 'check'"), err());
        assertEquals(1, err().lines().count(), err());

        assertEquals(2, run("drafts", "lst"));
        assertTrue(err().startsWith("readerfirst: drafts: unknown command 'lst'; did you mean 'list'"), err());
        assertEquals(1, err().lines().count(), err());
    }

    @Test
    void an_unknown_option_without_a_likely_one_points_to_the_commands_help() {
        assertEquals(2, run("drafts", "list", "--bogus"));

        assertEquals("readerfirst: drafts list: unknown option '--bogus'; see 'readerfirst drafts list --help'\n",
                err().replace("\r", ""));
    }

    @Test
    void a_value_that_lists_its_choices_lists_what_completion_offers() {
        CommandLine root = new ReaderFirstCli(System.out, System.err, System.in).commandLine();
        List<OptionSpec> withChoices = new ArrayList<>();
        optionsOf(root, withChoices);
        assertFalse(withChoices.isEmpty());
        for (OptionSpec option : withChoices) {
            List<String> offered = new ArrayList<>();
            option.completionCandidates().forEach(offered::add);
            assertEquals(List.of(option.paramLabel().split("\\|")), offered, option.longestName());
        }
    }

    private static void optionsOf(CommandLine command, List<OptionSpec> withChoices) {
        for (OptionSpec option : command.getCommandSpec().options()) {
            if (option.paramLabel().contains("|")) {
                withChoices.add(option);
            }
        }
        for (CommandLine sub : command.getSubcommands().values()) {
            optionsOf(sub, withChoices);
        }
    }
}
