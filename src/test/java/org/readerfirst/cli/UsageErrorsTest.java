package org.readerfirst.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** What the writer reads when a command fails. */
class UsageErrorsTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final UsageErrors errors = new UsageErrors(new PrintStream(err, true, StandardCharsets.UTF_8));
    private final CommandLine check = new CommandLine(CommandSpec.create().name("check"));

    @Test
    void a_commands_refusal_is_one_line_with_status_two() {
        assertEquals(ReaderFirstCli.USAGE, errors.handleExecutionException(new UsageException("no such file: a.txt"), check, null));
        assertEquals("readerfirst: no such file: a.txt\n", err.toString(StandardCharsets.UTF_8).replace("\r", ""));
    }

    @Test
    void a_fault_of_the_app_says_so_first_in_plain_words_then_gives_the_details() {
        assertEquals(ReaderFirstCli.USAGE, errors.handleExecutionException(new IllegalStateException("index 3"), check, null));
        String[] lines = err.toString(StandardCharsets.UTF_8).replace("\r", "").split("\n");
        assertTrue(lines[0].startsWith("readerfirst: check stopped on an unexpected error (java.lang.IllegalStateException: index 3)"),
                lines[0]);
        assertTrue(lines[0].contains("not of your input"), lines[0]);
        assertTrue(lines[1].startsWith("java.lang.IllegalStateException: index 3"), lines[1]);
    }
}
