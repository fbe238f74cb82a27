package org.readerfirst.ui.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.store.DraftStore;
import org.readerfirst.ui.editor.CheckOutcome;
import org.readerfirst.ui.editor.GrammarChecker;

/**
 * A main view model on a real database file without a stage, for the tests of what the window's
 * commands do: checks run on the test thread, and what the app would post to the FX thread is
 * queued and run when the test says.
 */
public final class WindowHarness implements AutoCloseable {

    private final Path db;
    private final RuleEngine engine;
    private final Supplier<RuleEngine> reload;
    private final BlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
    public DraftStore store;
    public MainViewModel vm;

    private final GrammarChecker grammar;

    public WindowHarness(Path db, RuleEngine engine, Supplier<RuleEngine> reload) {
        this(db, engine, reload, GrammarChecker.none());
    }

    /** @param grammar a stand-in grammar checker whose states and results the test decides */
    public WindowHarness(Path db, RuleEngine engine, Supplier<RuleEngine> reload, GrammarChecker grammar) {
        this.db = db;
        this.engine = engine;
        this.reload = reload;
        this.grammar = grammar;
    }

    public WindowHarness open() throws Exception {
        store = DraftStore.open(db);
        vm = new MainViewModel(store, engine, reload, Runnable::run, grammar, Executors.newSingleThreadScheduledExecutor(),
                fxQueue::add, Duration.ofMillis(50));
        vm.start();
        return this;
    }

    /** Runs what was posted to the "FX thread" so far. */
    public void runFx() {
        Runnable r;
        while ((r = fxQueue.poll()) != null) {
            r.run();
        }
    }

    public WindowHarness reopen() throws Exception {
        close();
        return open();
    }

    /** Runs what was posted to the "FX thread" until the condition holds. */
    public void runFxUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            Runnable r = fxQueue.poll(20, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
        }
    }

    /** Lets every write asked for so far finish and report back. */
    public void settle() throws Exception {
        CompletableFuture<Void> marker = vm.afterWrites();
        runFxUntil(marker::isDone);
        runFx();
    }

    /** Checks the editor's text as the window would after a pause in typing, and shows the result. */
    public List<Finding> check() throws Exception {
        CompletableFuture<CheckOutcome> task = vm.models().editor().live().startCheck();
        vm.models().editor().live().apply(task.get());
        return vm.models().editor().live().currentFindings();
    }

    @Override
    public void close() {
        if (vm != null) {
            vm.shutdown(null);
            runFx();
            vm = null;
        }
    }
}
