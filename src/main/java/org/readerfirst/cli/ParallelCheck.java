package org.readerfirst.cli;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.readerfirst.core.model.CheckResult;
import org.readerfirst.core.model.CheckSettings;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.TextSnapshot;
import org.readerfirst.core.rules.RuleEngine;

/**
 * Reads files and runs the rules on them on {@code jobs} threads, handing the outcomes back in the
 * files' order, so the output is the same whatever the number of jobs. Only a few files are read
 * ahead of the one being handed back, so a large folder does not fill memory.
 */
final class ParallelCheck implements AutoCloseable {

    /** One file: its text and the rules' result, or the one line saying why it could not be read. */
    record Outcome(String file, String text, CheckResult result, String problem) {
    }

    private final RuleEngine engine;
    private final CheckSettings settings;
    private final ContentType type;
    private final Language language;
    private final InputStream in;
    private final int jobs;
    private final ExecutorService pool;

    ParallelCheck(RuleEngine engine, CheckSettings settings, ContentType type, Language language, InputStream in,
                  int jobs) {
        this.engine = engine;
        this.settings = settings;
        this.type = type;
        this.language = language;
        this.in = in;
        this.jobs = jobs;
        this.pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "readerfirst-check");
            t.setDaemon(true);
            return t;
        });
    }

    /** The outcomes in the order of {@code files}, each computed at most a few files ahead. */
    Iterator<Outcome> outcomes(List<CheckTargets.Target> files) {
        Iterator<CheckTargets.Target> names = files.iterator();
        Deque<Future<Outcome>> ahead = new ArrayDeque<>();
        int window = jobs * 4;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                fill();
                return !ahead.isEmpty();
            }

            @Override
            public Outcome next() {
                fill();
                Future<Outcome> first = ahead.removeFirst();
                try {
                    return first.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while checking", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a check failed", e.getCause());
                }
            }

            private void fill() {
                while (ahead.size() < window && names.hasNext()) {
                    CheckTargets.Target target = names.next();
                    ahead.addLast(target.problem() != null
                            ? CompletableFuture.completedFuture(new Outcome(null, null, null, target.problem()))
                            : pool.submit(() -> check(target.file())));
                }
            }
        };
    }

    private Outcome check(String file) {
        String text;
        try {
            text = file.equals("-") ? readStandardInput() : TextInput.read(file, in);
        } catch (UsageException e) {
            return new Outcome(file, null, null, e.getMessage());
        }
        return new Outcome(file, text, engine.check(new TextSnapshot(text, type, language), settings), null);
    }

    /** A second '-' finds standard input read to its end, as it would one file after another. */
    private String readStandardInput() throws UsageException {
        synchronized (in) {
            return TextInput.read("-", in);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
