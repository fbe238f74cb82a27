package org.readerfirst.ui.common;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * The CPU time the FX thread spends in the app's own code, for the typing benchmark: every place
 * where JavaFX or a library calls into the app on the FX thread (an edit's listener, a timer, a check's
 * result, a runLater the app posted, a cell shown) runs through here. Work those calls do inside
 * JavaFX or RichTextFX (an insert, a restyle) counts; JavaFX's own CSS, layout and painting at the
 * next pulse does not. Off unless {@link #start} was called: then it costs one flag read a call.
 */
public final class FxTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static volatile boolean on;
    // FX thread only.
    private static int depth;
    private static long enteredAt;
    private static long total;

    private FxTime() {
    }

    /** Starts counting; the total so far is kept. */
    public static void start() {
        on = THREADS.isCurrentThreadCpuTimeSupported();
    }

    /** The nanoseconds of CPU counted so far; read on the FX thread. */
    public static long total() {
        return total;
    }

    public static void run(Runnable work) {
        if (!on || !Platform.isFxApplicationThread()) {
            work.run();
            return;
        }
        enter();
        try {
            work.run();
        } finally {
            exit();
        }
    }

    public static <T> T get(Supplier<T> work) {
        if (!on || !Platform.isFxApplicationThread()) {
            return work.get();
        }
        enter();
        try {
            return work.get();
        } finally {
            exit();
        }
    }

    /** The same executor, with what it runs counted. */
    public static Executor counted(Executor fx) {
        return work -> fx.execute(() -> run(work));
    }

    // Calls nest (a listener inside a counted handler): only the outermost is timed.
    private static void enter() {
        if (depth++ == 0) {
            enteredAt = THREADS.getCurrentThreadCpuTime();
        }
    }

    private static void exit() {
        if (--depth == 0) {
            total += THREADS.getCurrentThreadCpuTime() - enteredAt;
        }
    }
}
