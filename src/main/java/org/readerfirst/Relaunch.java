package org.readerfirst;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A batch {@code check} started as {@code java -jar readerfirst.jar check ...} runs in a second JVM
 * started with options that suit a run of a few seconds: the client compiler only and the serial
 * collector. With Java's defaults the optimising compiler spends more CPU compiling the checks than
 * the checks take (a thousand drafts: about 5 s of compiling in a 3 s run on two cores), and G1 sizes
 * its heap for a long-lived server. A jar cannot choose its JVM's options, hence the second JVM; it
 * costs about a tenth of a second.
 *
 * <p>Nothing is relaunched when the JVM was started with options of its own (the writer's choice
 * stands), when it is not a plain {@code java} (the installed app's launcher has its own options), or
 * when {@value #OFF} is set in the environment.
 */
final class Relaunch {

    /** Set to anything to run every command in the JVM it was started in. */
    static final String OFF = "READERFIRST_NO_RELAUNCH";

    /** Marks the second JVM, so that it never relaunches again. */
    static final String MARK = "readerfirst.relaunched";

    static final List<String> BATCH_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");

    private Relaunch() {
    }

    /**
     * The command line of the second JVM, or empty when the command runs here.
     *
     * @param java the running JVM's executable, if known
     * @param jvmOptions the options the running JVM was started with
     * @param classPath the running JVM's class path
     * @param args the command's arguments, as given to the jar
     */
    static Optional<List<String>> command(Optional<String> java, List<String> jvmOptions, String classPath,
            List<String> args, boolean off, boolean relaunched) {
        if (off || relaunched || java.isEmpty() || classPath == null || classPath.isBlank()) {
            return Optional.empty();
        }
        String name = Path.of(java.get()).getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.equals("java") && !name.equals("java.exe")) {
            return Optional.empty();
        }
        if (!jvmOptions.isEmpty() || !isCheck(args)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.addAll(BATCH_OPTIONS);
        command.add("-D" + MARK + "=true");
        command.add("-cp");
        command.add(classPath);
        command.add(Launcher.class.getName());
        command.addAll(args);
        return Optional.of(command);
    }

    /** The sub-command is {@code check}, after any {@code --db} option. */
    static boolean isCheck(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--db")) {
                i++;
            } else if (!a.startsWith("--db=")) {
                return a.equals("check");
            }
        }
        return false;
    }

    /**
     * Runs the command in a second JVM when {@link #command} gives one, sharing this one's standard
     * input, output and error, and returns its exit status; empty when the command should run here
     * (also when the second JVM could not be started).
     */
    static Optional<Integer> runIfBetter(List<String> args) {
        Optional<List<String>> command = command(ProcessHandle.current().info().command(),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getProperty("java.class.path"),
                args, System.getenv(OFF) != null, Boolean.getBoolean(MARK));
        if (command.isEmpty()) {
            return Optional.empty();
        }
        Process process;
        try {
            process = new ProcessBuilder(command.get()).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        Thread stop = new Thread(process::destroy, "readerfirst-relaunch-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return Optional.of(process.waitFor());
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            return Optional.of(130);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // The hook stays and stops the second JVM.
            }
        }
    }
}
