package org.readerfirst.ui.editor;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.TextSnapshot;
import org.readerfirst.grammar.GrammarOptions;
import org.readerfirst.grammar.GrammarResult;
import org.readerfirst.grammar.GrammarService;
import org.readerfirst.grammar.GrammarState;

/**
 * Grammar and spelling as the window needs them: the app's {@link GrammarService}, or a stand-in whose
 * futures a test completes by hand.
 */
public interface GrammarChecker {

    /** Returns at once; the future may complete on any thread, or end cancelled when a newer check starts. */
    CompletableFuture<GrammarResult> check(TextSnapshot snapshot, GrammarOptions options);

    /** The listener may be called on any thread. */
    void addStateListener(Consumer<GrammarState> listener);

    GrammarState state(Language language);

    static GrammarChecker of(GrammarService service) {
        return new GrammarChecker() {
            @Override
            public CompletableFuture<GrammarResult> check(TextSnapshot snapshot, GrammarOptions options) {
                return service.check(snapshot, options);
            }

            @Override
            public void addStateListener(Consumer<GrammarState> listener) {
                service.addStateListener(listener);
            }

            @Override
            public GrammarState state(Language language) {
                return service.state(language);
            }
        };
    }

    /** No grammar checking at all: every check finds nothing, for windows that only need the rules. */
    static GrammarChecker none() {
        return new GrammarChecker() {
            @Override
            public CompletableFuture<GrammarResult> check(TextSnapshot snapshot, GrammarOptions options) {
                Language language = snapshot.language() == Language.AUTO ? Language.ENGLISH : snapshot.language();
                int length = snapshot.text().length();
                return CompletableFuture.completedFuture(new GrammarResult(language, List.of(), List.of(), length, true));
            }

            @Override
            public void addStateListener(Consumer<GrammarState> listener) {
            }

            @Override
            public GrammarState state(Language language) {
                return new GrammarState(language, GrammarState.Availability.READY, "");
            }
        };
    }
}
