package org.readerfirst;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.readerfirst.store.DataLocations;

/**
 * A jar cannot choose its JVM's options, so {@code java -jar readerfirst.jar} starts a second JVM with
 * the options that suit the job, at the cost of about a tenth of a second:
 *
 * <ul>
 *   <li>a batch {@code check}: the client compiler only and the serial collector. With Java's defaults
 *       the optimising compiler spends more CPU compiling the checks than the checks take (a thousand
 *       drafts: about 5 s of compiling in a 3 s run on two cores), and G1 sizes its heap for a
 *       long-lived server; and a {@link ClassDataArchive} of its own;
 *   <li>the window: the installed app's options ({@link #WINDOW_OPTIONS}: a small heap that gives back
 *       what it no longer needs) and a {@link ClassDataArchive} that takes about a third off the start.
 * </ul>
 *
 * <p>Nothing is relaunched when the JVM was started with options of its own (the writer's choice
 * stands), when it is not a plain {@code java} (the installed app's launcher has its own options), or
 * when {@value #OFF} is set in the environment. The other commands run where they were started.
 */
final class Relaunch {

    /** Set to anything to run every command in the JVM it was started in. */
    static final String OFF = "READERFIRST_NO_RELAUNCH";

    /** Marks the second JVM, so that it never relaunches again. */
    static final String MARK = "readerfirst.relaunched";

    static final List<String> BATCH_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");

    /**
     * The installed app's JVM options (see {@code installer/package.sh}, which gives the same): the serial
     * collector keeps a few MB of its own where G1 keeps about fifty, a small starting heap and a low free
     * share let the heap shrink to what is live once LanguageTool has loaded, and the cap keeps a huge
     * paste from taking the machine.
     */
    static final List<String> WINDOW_OPTIONS = List.of("-Xmx1g", "-Xms32m", "-Xmn16m", "-XX:+UseSerialGC",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20");

    private Relaunch() {
    }

    /**
     * The command line of the second JVM, or empty when the command runs here.
     *
     * @param java the running JVM's executable, if known
     * @param jvmOptions the options the running JVM was started with
     * @param classPath the running JVM's class path
     * @param args the command's arguments, as given to the jar
     * @param windowExtras the window's options that depend on the machine: on Linux the native heap's
     *     trimming where this Java has it
     * @param classData the options of the command's class-data archive, if it has one: asked for only
     *     when the command is relaunched, since it may create the cache folder
     */
    static Optional<List<String>> command(Optional<String> java, List<String> jvmOptions, String classPath,
            List<String> args, boolean off, boolean relaunched, List<String> windowExtras,
            Supplier<List<String>> classData) {
        if (off || relaunched || java.isEmpty() || classPath == null || classPath.isBlank()) {
            return Optional.empty();
        }
        String name = Path.of(java.get()).getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.equals("java") && !name.equals("java.exe")) {
            return Optional.empty();
        }
        boolean window = isWindow(args);
        if (!jvmOptions.isEmpty() || !(window || isCheck(args))) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        if (window) {
            command.addAll(WINDOW_OPTIONS);
            command.addAll(windowExtras);
        } else {
            command.addAll(BATCH_OPTIONS);
        }
        command.addAll(classData.get());
        command.add("-D" + MARK + "=true");
        command.add("-cp");
        // Absolute: a class-data archive holds only for the class path it was written with, word for word.
        command.add(absolute(classPath));
        command.add(Launcher.class.getName());
        command.addAll(args);
        return Optional.of(command);
    }

    /**
     * On Linux, the C library's freed memory goes back to the system every few seconds (loading
     * LanguageTool frees tens of MB that it would otherwise keep), as in the installed app. Java has
     * the option from 17.0.9; an older one would refuse to start with it.
     */
    static List<String> trimOptions(String osName, Runtime.Version version) {
        boolean has = version.feature() > 17 || (version.feature() == 17 && version.update() >= 9);
        return osName.toLowerCase(Locale.ROOT).startsWith("linux") && has
                ? List.of("-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=5000")
                : List.of();
    }

    private static List<String> windowExtras() {
        return trimOptions(System.getProperty("os.name", ""), Runtime.version());
    }

    private static String absolute(String classPath) {
        List<String> parts = new ArrayList<>();
        for (String part : classPath.split(java.io.File.pathSeparator)) {
            parts.add(part.isEmpty() ? part : Path.of(part).toAbsolutePath().normalize().toString());
        }
        return String.join(java.io.File.pathSeparator, parts);
    }

    /** No sub-command: the window, on the default database or the one {@code --db} names. */
    static boolean isWindow(List<String> args) {
        return subCommand(args).isEmpty();
    }

    /** The sub-command is {@code check}, after any {@code --db} option. */
    static boolean isCheck(List<String> args) {
        return subCommand(args).filter("check"::equals).isPresent();
    }

    /** The first argument after any {@code --db} option: the sub-command, or the window's option. */
    private static Optional<String> subCommand(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--db")) {
                i++;
            } else if (!a.startsWith("--db=")) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * Runs the command in a second JVM when {@link #command} gives one, sharing this one's standard
     * input, output and error, and returns its exit status; empty when the command should run here
     * (also when the second JVM could not be started).
     */
    static Optional<Integer> runIfBetter(List<String> args) {
        String classPath = System.getProperty("java.class.path");
        String use = isWindow(args) ? ClassDataArchive.WINDOW : isCheck(args) ? ClassDataArchive.CHECK : null;
        Optional<ClassDataArchive> archive = use == null ? Optional.empty()
                : ClassDataArchive.forJar(use, classPath, DataLocations.cacheFolder(),
                        System.getProperty("java.vm.version"), ProcessHandle.current().pid());
        Optional<List<String>> command = command(ProcessHandle.current().info().command(),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), classPath,
                args, System.getenv(OFF) != null, Boolean.getBoolean(MARK),
                isWindow(args) ? windowExtras() : List.of(),
                () -> archive.map(ClassDataArchive::options).orElse(List.of()));
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
            int status = process.waitFor();
            archive.ifPresent(a -> a.settle(status));
            return Optional.of(status);
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
