package org.readerfirst.ui.common;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.readerfirst.core.model.Draft;
import org.readerfirst.store.StoreException;

/**
 * The autosave: writes drafts through the {@link StoreWriter} a moment after the first change that is
 * not on disk yet, so typing never waits for the disk. The moment counts from the first unsaved
 * change, not the last: a writer who never pauses still has everything but the last moment's typing on
 * disk if the app is killed. Every other write goes through the same writer, which keeps them in the
 * order the writer asked for them.
 *
 * <p>Outcomes are reported on the FX thread in the app. A draft whose save failed (a full disk, a
 * read-only folder) stays pending and is tried again every few seconds, with no further change needed,
 * until it is written.
 */
public final class Autosaver implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Autosaver.class.getName());

    private final StoreWriter writer;
    private final Duration delay;
    private final Consumer<Draft> onSaved;
    private final Consumer<StoreException> onFailed;
    private final Map<Long, Draft> pending = new LinkedHashMap<>();
    private ScheduledFuture<?> scheduled;
    private Duration retryDelay = Duration.ofSeconds(5);
    private boolean failing;
    private boolean closed;
    /** Drafts a write has taken from {@link #pending} and not yet saved or given back: still unsaved. */
    private int writing;

    public Autosaver(StoreWriter writer, Duration delay, Consumer<Draft> onSaved, Consumer<StoreException> onFailed) {
        this.writer = writer;
        this.delay = delay;
        this.onSaved = onSaved;
        this.onFailed = onFailed;
    }

    /**
     * Remembers the draft's latest content; the first change after a write starts the wait, and later
     * ones do not restart it, so continuous typing is written at least once per {@code delay}.
     */
    public synchronized void changed(Draft draft) {
        if (closed) {
            return;
        }
        pending.put(draft.id(), draft);
        if (scheduled == null) {
            scheduled = writer.schedule(this::writePending, delay);
        }
    }

    /** How long to wait before trying a failed save again. */
    public synchronized void retryAfter(Duration delay) {
        this.retryDelay = delay;
    }

    /** Whether anything is not yet written: waiting for its write, or in a write that has not ended. */
    public synchronized boolean hasPending() {
        return !pending.isEmpty() || writing > 0;
    }

    /** Drops unsaved changes of a draft that is about to be deleted. */
    public synchronized void forget(long id) {
        pending.remove(id);
    }

    /** Writes whatever is pending now; completes once it is written or has failed. */
    public synchronized CompletableFuture<Void> saveNow() {
        if (closed) {
            return CompletableFuture.completedFuture(null);
        }
        cancelScheduled();
        return writer.run(this::writePending);
    }

    private synchronized void cancelScheduled() {
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
    }

    private void writePending() {
        List<Draft> drafts;
        synchronized (this) {
            drafts = new ArrayList<>(pending.values());
            pending.clear();
            // Taken, not yet written: closing the window meanwhile must still see them as unsaved.
            writing += drafts.size();
            // A change from now on is not in this write: it starts the wait for the next one.
            cancelScheduled();
        }
        for (Draft draft : drafts) {
            try {
                Draft saved = writer.save(draft);
                synchronized (this) {
                    failing = false;
                }
                writer.report(() -> onSaved.accept(saved));
            } catch (StoreException e) {
                keepForRetry(draft, e);
                writer.report(() -> onFailed.accept(e));
            } catch (NoSuchElementException e) {
                LOG.log(Level.DEBUG, "Draft {0} was deleted before its last change was saved", draft.id());
            } catch (RuntimeException e) {
                keepForRetry(draft, e);
                writer.report(() -> onFailed.accept(new StoreException(StoreException.Kind.IO, writer.file(),
                        "Cannot save to " + writer.file() + ": " + e.getMessage(), e)));
            } finally {
                // Saved, or back in pending for a retry: either way no longer only in this write.
                synchronized (this) {
                    writing--;
                }
            }
        }
    }

    /**
     * Keeps the draft pending and tries again after {@link #retryAfter}, unless a change already asked
     * for a write. Logged once per run of failures, not on every retry.
     */
    private synchronized void keepForRetry(Draft draft, Exception e) {
        if (!failing) {
            LOG.log(Level.WARNING, "Saving draft " + draft.id() + " failed; trying again until it works", e);
        }
        failing = true;
        pending.putIfAbsent(draft.id(), draft);
        // The write that failed may be the scheduled one itself, still running: its delay is used up.
        boolean waiting = scheduled != null && !scheduled.isDone() && scheduled.getDelay(TimeUnit.MILLISECONDS) > 0;
        if (!closed && !waiting) {
            scheduled = writer.schedule(this::writePending, retryDelay);
        }
    }

    /**
     * Writes what is pending and saves nothing after it. Blocks for at most {@code timeout}: the window
     * is closing and the last keystrokes must reach the disk first.
     */
    public void close(Duration timeout) {
        CompletableFuture<Void> last;
        synchronized (this) {
            if (closed) {
                return;
            }
            last = saveNow();
            closed = true;
        }
        try {
            last.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.ERROR, "The last save did not finish before closing", e);
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(5));
    }
}
