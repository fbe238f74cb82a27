package org.readerfirst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RelaunchTest {

    private static final Optional<String> JAVA = Optional.of("/usr/lib/jvm/java-17/bin/java");

    @Test
    void a_check_from_a_plain_java_without_options_runs_in_a_jvm_with_the_batch_options() {
        List<String> args = List.of("--db", "my.db", "check", "--no-grammar", "drafts/");
        List<String> command = Relaunch.command(JAVA, List.of(), "readerfirst.jar", args, false, false, List.of(), List::of).orElseThrow();
        assertEquals(JAVA.get(), command.get(0));
        assertTrue(command.containsAll(Relaunch.BATCH_OPTIONS), command.toString());
        assertTrue(command.contains("-D" + Relaunch.MARK + "=true"), command.toString());
        int main = command.indexOf(Launcher.class.getName());
        assertEquals(Path.of("readerfirst.jar").toAbsolutePath().toString(), command.get(main - 1));
        assertEquals(args, command.subList(main + 1, command.size()));
    }

    @Test
    void a_check_gets_its_class_data_but_not_the_windows_options() {
        List<String> cds = List.of("-XX:SharedArchiveFile=/cache/check-1.jsa", ClassDataArchive.QUIET);
        List<String> command = Relaunch.command(JAVA, List.of(), "r.jar", List.of("check", "a.txt"), false, false,
                List.of(), () -> cds).orElseThrow();

        assertTrue(command.containsAll(Relaunch.BATCH_OPTIONS) && command.containsAll(cds), command.toString());
        assertTrue(!command.contains("-Xmx1g"), command.toString());
    }

    @Test
    void everything_else_runs_where_it_was_started() {
        List<String> check = List.of("check", "post.txt");
        assertTrue(Relaunch.command(JAVA, List.of(), "r.jar", List.of("export", "1"), false, false, List.of(), List::of).isEmpty(),
                "only check and the window are relaunched");
        assertTrue(Relaunch.command(JAVA, List.of("-Xmx2g"), "r.jar", check, false, false, List.of(), () -> {
            throw new AssertionError("the class data of a command that runs here was asked for");
        }).isEmpty());
        assertTrue(Relaunch.command(JAVA, List.of("-Xmx2g"), "r.jar", check, false, false, List.of(), List::of).isEmpty(),
                "the writer's own JVM options stand");
        assertTrue(Relaunch.command(JAVA, List.of(), "r.jar", check, true, false, List.of(), List::of).isEmpty(), "switched off");
        assertTrue(Relaunch.command(JAVA, List.of(), "r.jar", check, false, true, List.of(), List::of).isEmpty(), "already relaunched");
        assertTrue(Relaunch.command(Optional.of("/opt/readerfirst/bin/ReaderFirst"), List.of(), "r.jar", check,
                false, false, List.of(), List::of).isEmpty(), "the installed launcher has its own options");
        assertTrue(Relaunch.command(Optional.empty(), List.of(), "r.jar", check, false, false, List.of(), List::of).isEmpty());
        assertTrue(Relaunch.isCheck(List.of("--db=x.db", "check")));
        assertTrue(!Relaunch.isCheck(List.of("--db", "check")), "check is the database's name here");
    }

    @Test
    void the_window_gets_the_installed_apps_options_and_its_class_data() {
        List<String> cds = List.of("-XX:SharedArchiveFile=/cache/window-1.jsa", ClassDataArchive.QUIET);
        List<String> command = Relaunch.command(JAVA, List.of(), "readerfirst.jar", List.of("--db", "my.db"), false,
                false, List.of("-XX:TrimNativeHeapInterval=5000"), () -> cds).orElseThrow();

        int main = command.indexOf(Launcher.class.getName());
        assertEquals(List.of("--db", "my.db"), command.subList(main + 1, command.size()));
        assertEquals(Path.of("readerfirst.jar").toAbsolutePath().toString(), command.get(main - 1),
                "the class path the archive was written with, whatever the folder the window is started from");
        assertTrue(command.containsAll(Relaunch.WINDOW_OPTIONS) && command.containsAll(cds)
                && command.contains("-XX:TrimNativeHeapInterval=5000"), command.toString());
        assertTrue(!command.contains("-XX:TieredStopAtLevel=1"), "the window keeps the optimising compiler");
        assertTrue(Relaunch.isWindow(List.of()) && Relaunch.isWindow(List.of("--db=x.db")));
        assertTrue(!Relaunch.isWindow(List.of("--db", "x.db", "drafts", "list")));
    }

    @Test
    void the_native_heap_is_trimmed_on_linux_where_java_can() {
        assertEquals(List.of("-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=5000"),
                Relaunch.trimOptions("Linux", Runtime.Version.parse("17.0.9")));
        assertEquals(List.of(), Relaunch.trimOptions("Linux", Runtime.Version.parse("17.0.8")));
        assertEquals(2, Relaunch.trimOptions("Linux", Runtime.Version.parse("21.0.1")).size());
        assertEquals(List.of(), Relaunch.trimOptions("Windows 11", Runtime.Version.parse("17.0.15")));
    }

    @Test
    void the_installed_app_and_java_jar_start_the_window_with_the_same_options() throws Exception {
        String script = Files.readString(Path.of("installer", "package.sh"), StandardCharsets.UTF_8);

        assertTrue(script.contains("--java-options \"" + String.join(" ", Relaunch.WINDOW_OPTIONS) + "\""),
                "installer/package.sh and Relaunch.WINDOW_OPTIONS differ");
    }

    @Test
    void the_second_jvm_reads_the_same_input_and_its_exit_status_is_the_commands() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "check", "--no-grammar", "--type", "message", "-"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove(Relaunch.OFF);
        Process p = builder.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write("Happy birthday!".getBytes(StandardCharsets.UTF_8));
        }
        boolean relaunched = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.isAlive() && !relaunched && System.nanoTime() < deadline) {
            // The arguments of a process with a command line this long are not readable (the JDK reads
            // about 4 KB of it): any java under the one started is the second JVM.
            relaunched = p.descendants().anyMatch(child -> child.info().command()
                    .map(c -> Path.of(c).getFileName().toString().startsWith("java")).orElse(false));
            Thread.sleep(5);
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(relaunched, "no second JVM was seen: " + output);
        assertEquals(1, p.exitValue(), output);
        assertTrue(output.contains("error [template-message]"), output);
    }
}
