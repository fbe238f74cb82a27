package org.readerfirst.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.StoreException;

/**
 * The window's start as a writer has it: {@code java -jar target/readerfirst.jar --db FILE}, each
 * start a fresh JVM, timed from starting the process to the window's first layout, which the app
 * reports when {@code READERFIRST_STARTUP_REPORT} names a file (it then closes as a writer would).
 * Needs a display (on a server: {@code xvfb-run}). Cases: the very first start (no class-data archive
 * yet; it is written as that window closes), a fresh library (the sample drafts are offered), an
 * existing library of forty drafts, and the same started in one plain JVM
 * ({@code READERFIRST_NO_RELAUNCH}), as {@code java -jar} started the window before. The cache and
 * state folders are the run's own, so the writer's are not touched.
 */
final class StartupBench {

    static final int RUNS = 5;

    private final Bench bench;
    private final Path jar;

    StartupBench(Bench bench, Path jar) {
        this.bench = bench;
        this.jar = jar;
    }

    void run() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no product jar at " + jar + " (run 'mvn package' first)");
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (!os.startsWith("windows") && !os.startsWith("mac") && blank(System.getenv("DISPLAY"))
                && blank(System.getenv("WAYLAND_DISPLAY"))) {
            throw new IllegalArgumentException("the startup suite opens the real window and needs a display"
                    + " (on a server: xvfb-run -a java -jar target/readerfirst-bench.jar --suite startup)");
        }
        try {
            Path work = Files.createTempDirectory("readerfirst-startup");
            Path existing = work.resolve("existing.db");
            seed(existing);
            bench.print("startup.window.first", new double[] {start(work, work.resolve("first.db"), false)});
            double[] fresh = new double[RUNS];
            double[] library = new double[RUNS];
            double[] plain = new double[RUNS];
            // Interleaved, so that a busy moment of the machine falls on every case alike.
            for (int i = 0; i < RUNS; i++) {
                fresh[i] = start(work, work.resolve("fresh-" + i + ".db"), false);
                library[i] = start(work, existing, false);
                plain[i] = start(work, existing, true);
            }
            bench.print("startup.window.fresh", fresh);
            bench.print("startup.window", library);
            bench.print("startup.window.plain-jvm", plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Milliseconds from starting {@code java -jar} to the window's first layout. */
    private double start(Path work, Path database, boolean plainJvm) throws IOException {
        Path report = work.resolve("shown.txt");
        Files.deleteIfExists(report);
        Path log = work.resolve("app.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toString(), "--db", database.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("READERFIRST_STARTUP_REPORT", report.toString());
        builder.environment().put("XDG_CACHE_HOME", work.resolve("cache").toString());
        builder.environment().put("XDG_STATE_HOME", work.resolve("state").toString());
        if (plainJvm) {
            builder.environment().put("READERFIRST_NO_RELAUNCH", "1");
        } else {
            builder.environment().remove("READERFIRST_NO_RELAUNCH");
        }
        long started = System.currentTimeMillis();
        Process p = builder.start();
        try {
            if (!p.waitFor(3, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("the window did not close within 3 minutes; its output: " + log);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (p.exitValue() != 0 || !Files.isRegularFile(report)) {
            throw new IllegalStateException("the window did not report its start (exit " + p.exitValue() + "): "
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return Long.parseLong(Files.readString(report, StandardCharsets.UTF_8).trim()) - started;
    }

    /** A library as a writer has it after a while: forty drafts, the samples offered once. */
    private static void seed(Path database) {
        String text = Bench.sampleText();
        try (DraftStore store = DraftStore.open(database)) {
            store.putSetting("samples.offered", "yes");
            for (int i = 0; i < 40; i++) {
                List<ContentType> types = List.of(ContentType.POST, ContentType.ARTICLE, ContentType.COMMENT);
                ContentType type = types.get(i % types.size());
                store.create("Draft " + (i + 1), Bench.text(text, type == ContentType.ARTICLE ? 6_000 : 900, i), type,
                        Language.ENGLISH);
            }
        } catch (StoreException e) {
            throw new IllegalStateException("cannot write the benchmark's library " + database, e);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
