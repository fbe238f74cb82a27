package org.readerfirst.ui.library;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.store.DraftStatus;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.DraftSummary;
import org.readerfirst.store.ListedDraft;
import org.readerfirst.store.StoreException;
import org.readerfirst.store.StoredAudience;
import org.readerfirst.ui.common.Autosaver;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.common.StatusLine;
import org.readerfirst.ui.common.StoreWriter;
import org.readerfirst.ui.editor.EditorViewModel;

/**
 * Finding drafts and keeping them in order: the drafts list filtered by status, surface and tag,
 * sorted by when they were updated or created, and searched by the words in them; a draft's status
 * and tags; and a copy of a draft. The store is read on the writer thread; a result that a newer
 * search overtook is dropped.
 */
public final class DraftLibraryViewModel {

    /** The order of the drafts list. */
    public enum Sort { UPDATED, CREATED }

    private final DraftListViewModel drafts;
    private final EditorViewModel editor;
    private final StoreWriter storeWriter;
    private final Autosaver autosave;
    private final Executor fx;
    private final StatusLine status;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<DraftStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<ContentType> typeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> tagFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Sort> sort = new SimpleObjectProperty<>(Sort.UPDATED);
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private long asked;
    private CompletableFuture<Void> lastRefresh = CompletableFuture.completedFuture(null);

    public DraftLibraryViewModel(DraftListViewModel drafts, EditorViewModel editor, StoreWriter storeWriter,
                                 Autosaver autosave, Executor fx, StatusLine status) {
        this.drafts = drafts;
        this.editor = editor;
        this.storeWriter = storeWriter;
        this.autosave = autosave;
        this.fx = fx;
        this.status = status;
        search.addListener((obs, was, now) -> refresh());
        statusFilter.addListener((obs, was, now) -> refresh());
        typeFilter.addListener((obs, was, now) -> refresh());
        tagFilter.addListener((obs, was, now) -> refresh());
        sort.addListener((obs, was, now) -> refresh());
    }

    /** Reads the drafts with their status and tags; on the FX thread before the window shows. */
    public void start(DraftStore store) throws StoreException {
        Found found = read(store, null, null);
        show(found, List.of());
    }

    /** Lists the drafts again as the filters and the search say; completes once they are shown. */
    public CompletableFuture<Void> refresh() {
        long ask = ++asked;
        List<String> words = SearchSnippet.words(search.get());
        String query = words.isEmpty() ? null : search.get();
        DraftStatus wanted = statusFilter.get();
        CompletableFuture<Void> shown = new CompletableFuture<>();
        storeWriter.submit(s -> read(s, wanted, query)).whenCompleteAsync((found, error) -> {
            if (error != null) {
                status.storeFailed(error);
            } else if (ask == asked) {
                show(found, words);
            }
            shown.complete(null);
        }, fx);
        lastRefresh = shown;
        return shown;
    }

    /** The last refresh asked for, for tests. */
    CompletableFuture<Void> lastRefresh() {
        return lastRefresh;
    }

    private record Found(List<ListedDraft> drafts, List<String> tags) {
    }

    /** The list's rows with an excerpt each, never the drafts' whole texts. */
    private static Found read(DraftStore store, DraftStatus wanted, String query) throws StoreException {
        return new Found(store.listing(wanted, query), store.tags());
    }

    private void show(Found found, List<String> words) {
        ContentType type = typeFilter.get();
        String tag = tagFilter.get();
        Comparator<DraftSummary> order = sort.get() == Sort.CREATED
                ? Comparator.comparing(DraftSummary::created).reversed()
                : Comparator.comparing(DraftSummary::updated).reversed();
        drafts.show(found.drafts().stream()
                .filter(d -> type == null || d.summary().type() == type)
                .filter(d -> tag == null || d.summary().tags().contains(tag))
                .sorted(Comparator.comparing(ListedDraft::summary, order.thenComparing(d -> -d.id())))
                .toList(), words);
        Draft open = editor.current();
        if (open != null) {
            // The open draft's row keeps the editor's text, cut around the new search words.
            drafts.find(open.id()).ifPresent(item -> item.show(open));
        }
        tags.setAll(found.tags());
        if (tag != null && !found.tags().contains(tag)) {
            tagFilter.set(null);
        }
    }

    /** Sets where the draft stands; the list follows once it is stored. */
    public void setStatus(DraftItem item, DraftStatus newStatus) {
        DraftStatus before = item.statusProperty().get();
        if (before == newStatus) {
            return;
        }
        item.statusProperty().set(newStatus);
        long id = item.id();
        storeWriter.writeOrUndo(s -> {
            s.setStatus(id, newStatus);
            return null;
        }, () -> item.statusProperty().set(before), status::storeFailed);
        refresh();
    }

    /** Replaces the draft's tags with those written comma separated; blanks are dropped. */
    public void setTags(DraftItem item, String commaSeparated) {
        List<String> before = item.tagsProperty().get();
        List<String> clean = Arrays.stream(commaSeparated.split(",")).map(String::strip)
                .filter(t -> !t.isEmpty()).distinct().toList();
        item.tagsProperty().set(clean);
        long id = item.id();
        storeWriter.writeOrUndo(s -> {
            s.setTags(id, clean);
            return null;
        }, () -> item.tagsProperty().set(before), status::storeFailed);
        refresh();
    }

    /**
     * Stores a copy of the draft, titled "… (copy)", with its surface, language, tags and audience,
     * puts it at the top and opens it. The open draft is copied as the editor has it.
     */
    public CompletableFuture<DraftItem> duplicate(DraftItem item) {
        Draft open = editor.current();
        Draft held = open != null && open.id() == item.id() ? open : null;
        long id = item.id();
        List<String> sourceTags = item.tagsProperty().get();
        String title = Messages.get("drafts.copy.title", held != null ? held.title() : item.title());
        CompletableFuture<DraftItem> opened = new CompletableFuture<>();
        // Another draft's text is read from the store, after any edit of it still waiting to be written.
        autosave.saveNow();
        storeWriter.submit(s -> {
            Draft source = held != null ? held : s.find(id).orElseThrow();
            Draft copy = s.create(title, source.body(), source.type(), source.language());
            s.setTags(copy.id(), sourceTags);
            Optional<StoredAudience> audience = s.audienceOf(id);
            if (audience.isPresent()) {
                s.setDraftAudience(copy.id(), audience.get().id());
            }
            return s.details(copy.id()).orElseThrow();
        }).whenCompleteAsync((copy, error) -> {
            if (error != null) {
                status.storeFailed(error);
                opened.completeExceptionally(error);
                return;
            }
            DraftItem added = drafts.addFirst(copy.draft());
            added.statusProperty().set(copy.status());
            added.tagsProperty().set(copy.tags());
            drafts.select(added, copy.draft());
            opened.complete(added);
        }, fx);
        return opened;
    }

    /** What the writer searches for; each change lists the drafts again (the view waits for a pause in typing). */
    public StringProperty searchProperty() {
        return search;
    }

    /** Only drafts with this status; null for all. */
    public ObjectProperty<DraftStatus> statusFilterProperty() {
        return statusFilter;
    }

    /** Only drafts for this surface; null for all. */
    public ObjectProperty<ContentType> typeFilterProperty() {
        return typeFilter;
    }

    /** Only drafts with this tag; null for all. */
    public ObjectProperty<String> tagFilterProperty() {
        return tagFilter;
    }

    public ObjectProperty<Sort> sortProperty() {
        return sort;
    }

    /** The tags in use, for the tag filter. */
    public ObservableList<String> tags() {
        return tags;
    }
}
