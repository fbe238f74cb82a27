package org.readerfirst.ui.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.core.rules.RulePackLoader;
import org.readerfirst.grammar.VoikkoLocation;

/**
 * The rule engine and its word forms, loaded while JavaFX starts: opening Voikko and reading the rule
 * packs takes about a second, which the window's start need not wait for twice.
 */
final class RulesAtStart {

    /** Voikko's word forms and the engine built on them. */
    record Loaded(RuleLemmatizers forms, RuleEngine engine) {
    }

    private static volatile CompletableFuture<Loaded> early;

    private RulesAtStart() {
    }

    /** Starts loading with the writer's packs from {@code rules}, on a thread of its own. */
    static void begin(Path rules) {
        CompletableFuture<Loaded> loading = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                loading.complete(load(rules));
            } catch (RuntimeException | Error e) {
                loading.completeExceptionally(e);
            }
        }, "readerfirst-rules-at-start");
        t.setDaemon(true);
        t.start();
        early = loading;
    }

    /**
     * What {@link #begin} loaded from {@code rules}, taken once; loaded here when nothing was begun or
     * the loading failed (so that its failure surfaces as it would have without the head start).
     */
    static Loaded take(Path rules, boolean beganForThis) {
        CompletableFuture<Loaded> loading = early;
        early = null;
        if (beganForThis && loading != null) {
            try {
                return loading.get();
            } catch (ExecutionException e) {
                // Loaded again below, where the failure is reported as before.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return load(rules);
    }

    static Loaded load(Path rules) {
        RuleLemmatizers forms = RuleLemmatizers.open(VoikkoLocation.system());
        Lemmatizers lemmatizers = forms.lemmatizers();
        return new Loaded(forms, engine(lemmatizers, rules));
    }

    /** The built-in packs and the writer's own from {@code rules}, on the given word forms. */
    static RuleEngine engine(Lemmatizers lemmatizers, Path rules) {
        return new RuleEngine(new RulePackLoader(lemmatizers).loadBuiltInAnd(rules), lemmatizers);
    }
}
