package org.readerfirst.ui.common;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.readerfirst.core.model.Draft;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.StoreException;

/**
 * The window's one way to the database: every read and write runs on one writer thread, in the order
 * asked for, so typing never waits for the disk and the store's connection is never shared between
 * threads. Outcomes are reported through the {@code fx} executor (the FX thread in the app); a write
 * that fails is taken back and explained, a read that fails is logged.
 */
public final class StoreWriter {

    private static final System.Logger LOG = System.getLogger(StoreWriter.class.getName());

    /** A store operation that may fail with a reason the writer can be told. */
    public interface StoreCall<T> {
        T run(DraftStore store) throws StoreException;
    }

    private final DraftStore store;
    private final ScheduledExecutorService thread;
    private final Executor fx;

    /**
     * @param thread the one thread that writes to the store
     * @param fx where outcomes are reported: the FX thread in the app
     */
    public StoreWriter(DraftStore store, ScheduledExecutorService thread, Executor fx) {
        this.store = store;
        this.thread = thread;
        this.fx = fx;
    }

    /** Runs a store call on the writer thread, after every write asked for before it. */
    public <T> CompletableFuture<T> submit(StoreCall<T> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        thread.execute(() -> {
            try {
                result.complete(call.run(store));
            } catch (StoreException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /**
     * Reads from the store on the writer thread and hands the result to {@code done} on the FX thread.
     * A read that fails costs only what it would have added; it is logged.
     */
    public <T> void readThen(StoreCall<T> call, Consumer<T> done) {
        submit(call).whenCompleteAsync((value, error) -> {
            if (error == null) {
                done.accept(value);
            } else {
                LOG.log(Level.WARNING, "a read from the drafts database failed", error);
            }
        }, fx);
    }

    /**
     * A change to the writer's choices, written in order with the drafts; if it fails, {@code undo}
     * takes it back and {@code failed} is told, both on the FX thread.
     */
    public void writeOrUndo(StoreCall<?> call, Runnable undo, Consumer<Throwable> failed) {
        submit(call).whenCompleteAsync((ignored, error) -> {
            if (error != null) {
                undo.run();
                failed.accept(error);
            }
        }, fx);
    }

    /** A setting written as {@link #writeOrUndo} writes any choice. */
    public void writeSettingOrUndo(String key, String value, Runnable undo, Consumer<Throwable> failed) {
        writeOrUndo(s -> {
            s.putSetting(key, value);
            return null;
        }, undo, failed);
    }

    /** Runs {@code task} on the writer thread once {@code delay} has passed. */
    ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        return thread.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs {@code task} on the writer thread after everything asked for before it. */
    CompletableFuture<Void> run(Runnable task) {
        return CompletableFuture.runAsync(task, thread);
    }

    /** Saves the draft; only on the writer thread, from a task given to {@link #run} or {@link #schedule}. */
    Draft save(Draft draft) throws StoreException {
        return store.save(draft);
    }

    /** Hands an outcome to the FX thread. */
    void report(Runnable outcome) {
        fx.execute(outcome);
    }

    Path file() {
        return store.file();
    }

    /**
     * Stops the writer thread once what was asked for has run. Blocks for at most {@code timeout}: the
     * window is closing and the last writes must reach the disk first.
     */
    public void close(Duration timeout) {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(Level.ERROR, "The writer thread did not stop in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
