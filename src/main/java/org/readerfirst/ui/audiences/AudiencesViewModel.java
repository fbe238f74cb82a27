package org.readerfirst.ui.audiences;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.readerfirst.core.model.Audience;
import org.readerfirst.core.model.Language;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.StoreException;
import org.readerfirst.store.StoredAudience;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.common.StoreWriter;

/**
 * The writer's audiences, by name: who they write for, what those readers care about and in which
 * language. Adding, editing and deleting go to the store on the writer thread; the list follows once
 * the store has them.
 */
public final class AudiencesViewModel {

    private final StoreWriter storeWriter;
    private final Executor fx;
    private final ObservableList<StoredAudience> audiences = FXCollections.observableArrayList();

    public AudiencesViewModel(StoreWriter storeWriter, Executor fx) {
        this.storeWriter = storeWriter;
        this.fx = fx;
    }

    /** Reads the audiences; on the FX thread before the window shows, like the drafts. */
    public void start(DraftStore store) throws StoreException {
        audiences.setAll(store.audiences());
    }

    /** Why the fields cannot be saved as they are, or empty when they can. */
    public static Optional<String> problem(String name) {
        return name == null || name.isBlank() ? Optional.of(Messages.get("audiences.name.blank")) : Optional.empty();
    }

    /** The interests as the writer typed them, comma separated, as a list. */
    static Audience audience(String name, String about, String interests, Language language) {
        return new Audience(name.strip(), about == null ? "" : about.strip(),
                Arrays.asList((interests == null ? "" : interests).split(",")), language);
    }

    /**
     * Stores a new audience ({@code id} 0) or changes one. Completes on the FX thread with the stored
     * audience, or exceptionally with a message the writer can act on.
     */
    public CompletableFuture<StoredAudience> save(long id, String name, String about, String interests, Language language) {
        Optional<String> problem = problem(name);
        if (problem.isPresent()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(problem.get()));
        }
        Audience audience = audience(name, about, interests, language);
        return onFx(storeWriter.submit(s -> s.saveAudience(id, audience)), saved -> {
            audiences.removeIf(a -> a.id() == saved.id());
            audiences.add(saved);
            audiences.sort(Comparator.comparing((StoredAudience a) -> a.audience().name(), String.CASE_INSENSITIVE_ORDER));
        });
    }

    /** Deletes the audience; drafts written for it keep their text and have no audience. */
    public CompletableFuture<Void> delete(long id) {
        return onFx(storeWriter.submit(s -> {
            s.deleteAudience(id);
            return null;
        }), ignored -> audiences.removeIf(a -> a.id() == id));
    }

    private <T> CompletableFuture<T> onFx(CompletableFuture<T> write, java.util.function.Consumer<T> then) {
        CompletableFuture<T> done = new CompletableFuture<>();
        write.whenCompleteAsync((value, error) -> {
            if (error != null) {
                done.completeExceptionally(new IllegalStateException(explain(error), error));
            } else {
                then.accept(value);
                done.complete(value);
            }
        }, fx);
        return done;
    }

    /** What to tell the writer when the store refused. */
    static String explain(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof StoreException e && e.kind() == StoreException.Kind.NAME_TAKEN) {
            return Messages.get("audiences.name.taken");
        }
        return String.valueOf(cause.getMessage());
    }

    public ObservableList<StoredAudience> audiences() {
        return audiences;
    }
}
