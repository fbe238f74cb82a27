package org.readerfirst.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bash completion and the man pages the build writes, made here the way the build makes them. */
class CommandLineDocsTest {

    @TempDir
    static Path folder;

    @BeforeAll
    static void write() throws Exception {
        CommandLineDocs.write(folder);
    }

    @Test
    void the_completion_script_knows_the_commands_and_the_values_of_their_options() throws Exception {
        String script = Files.readString(CommandLineDocs.completionScript(folder), StandardCharsets.UTF_8);

        assertTrue(script.contains("complete -F _complete_readerfirst"), script);
        for (String command : List.of("check", "cadence", "drafts import", "drafts publish", "report", "export", "eval")) {
            assertTrue(script.contains("(" + command + ")"), "completion lacks " + command);
        }
        assertTrue(script.contains("\"post\" \"article\" \"message\" \"connection-note\" \"comment\""), script);
        assertTrue(script.contains("\"linkedin\" \"html\" \"markdown\" \"text\""), script);
        assertTrue(script.contains("\"text\" \"json\" \"html\""), script);
        // A file option completes file names.
        assertTrue(script.contains("'--audience')\n      local IFS=$'\\n'\n      type compopt &>/dev/null && compopt -o filenames"),
                script);
    }

    @Test
    void the_completion_script_is_valid_bash() throws Exception {
        Path bash = Path.of("/bin/bash");
        assumeTrue(Files.isExecutable(bash), "no bash here");
        Process p = new ProcessBuilder(bash.toString(), "-n", CommandLineDocs.completionScript(folder).toString())
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), said);
    }

    @Test
    void there_is_a_man_page_for_each_command_with_its_options_and_the_version() throws Exception {
        Path man = CommandLineDocs.manPages(folder);
        for (String page : List.of("readerfirst", "readerfirst-check", "readerfirst-cadence", "readerfirst-drafts",
                "readerfirst-drafts-list", "readerfirst-drafts-import", "readerfirst-report", "readerfirst-export",
                "readerfirst-eval")) {
            Path file = man.resolve(page + ".adoc");
            assertTrue(Files.isRegularFile(file), "no man page " + file);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.contains(":doctype: manpage") && text.contains("= " + page + "(1)"), text);
            assertTrue(text.contains(":revnumber: readerfirst " + AppVersion.version()), text);
        }
        String check = Files.readString(man.resolve("readerfirst-check.adoc"), StandardCharsets.UTF_8);
        assertTrue(check.contains("*--jobs* _N_::"), check);
        assertTrue(check.contains("== Exit status\n"), check);
        assertTrue(check.contains("== Notes\n") && check.contains("UTF-16 code units"), check);
    }
}
