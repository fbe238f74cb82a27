package org.readerfirst.ui.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javafx.application.Platform;

/**
 * How long the FX thread was kept from running a task, measured from the outside: a heartbeat posts
 * a task to the FX thread every few milliseconds and records how late each one runs. The worst delay
 * is the longest time the thread was busy with something else (our code, RichTextFX, layout, CSS).
 *
 * <p>While the thread is late by more than {@link #SAMPLE_AFTER_MILLIS}, its stack is sampled, so that
 * a long pause can be told apart by what the thread was doing: the samples are counted by the first
 * frame in our own code, or by the top frame when none of ours was on the stack.
 */
final class FxPauses implements AutoCloseable {

    private static final long BEAT_MILLIS = 2;
    private static final long SAMPLE_AFTER_MILLIS = 40;

    private final AtomicLong worstNanos = new AtomicLong();
    private final Map<String, Integer> samples = new ConcurrentHashMap<>();
    private final Thread fxThread;
    private final Thread beat;
    private volatile boolean running = true;

    private FxPauses(Thread fxThread) {
        this.fxThread = fxThread;
        beat = new Thread(this::beat, "fx-pauses");
        beat.setDaemon(true);
        beat.start();
    }

    /** Starts measuring; call from a thread other than the FX thread. */
    static FxPauses start() throws InterruptedException {
        Thread[] fx = new Thread[1];
        CountDownLatch found = new CountDownLatch(1);
        Platform.runLater(() -> {
            fx[0] = Thread.currentThread();
            found.countDown();
        });
        if (!found.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not answer");
        }
        return new FxPauses(fx[0]);
    }

    private void beat() {
        while (running) {
            long posted = System.nanoTime();
            CountDownLatch ran = new CountDownLatch(1);
            Platform.runLater(() -> {
                worstNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
                ran.countDown();
            });
            try {
                while (!ran.await(5, TimeUnit.MILLISECONDS)) {
                    if (System.nanoTime() - posted > TimeUnit.MILLISECONDS.toNanos(SAMPLE_AFTER_MILLIS)) {
                        sample();
                    }
                    if (!running) {
                        return;
                    }
                }
                Thread.sleep(BEAT_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        samples.merge(where(fxThread.getStackTrace()), 1, Integer::sum);
    }

    /** The first frame of ours on the stack, else the first outside the JDK, with the frame on top. */
    private static String where(StackTraceElement[] stack) {
        if (stack.length == 0) {
            return "?";
        }
        StackTraceElement top = stack[0];
        StackTraceElement outsideJdk = null;
        for (StackTraceElement e : stack) {
            String c = e.getClassName();
            if (c.startsWith("org.readerfirst.") && !c.endsWith("FxPauses")) {
                return "ours: " + frame(e) + " (top " + frame(top) + ")";
            }
            if (outsideJdk == null && !c.startsWith("java.") && !c.startsWith("jdk.") && !c.startsWith("sun.")) {
                outsideJdk = e;
            }
        }
        return frame(outsideJdk == null ? top : outsideJdk) + " (top " + frame(top) + ")";
    }

    private static String frame(StackTraceElement e) {
        String c = e.getClassName();
        return c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName() + ":" + e.getLineNumber();
    }

    /** The longest the FX thread has been late since the last reset, in milliseconds. */
    double worstMillis() {
        return worstNanos.get() / 1e6;
    }

    /** Forgets what was measured so far. */
    void reset() {
        worstNanos.set(0);
        samples.clear();
    }

    /** Where the FX thread was while it was late, most sampled first (one sample per 5 ms). */
    Map<String, Integer> samples() {
        return samples.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(20)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        beat.join(5_000);
    }
}
