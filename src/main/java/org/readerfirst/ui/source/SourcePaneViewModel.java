package org.readerfirst.ui.source;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.readerfirst.core.curation.CopiedRun;
import org.readerfirst.core.curation.PublishedText;
import org.readerfirst.core.curation.SourceComparison;
import org.readerfirst.core.curation.SourceText;
import org.readerfirst.core.model.CheckResult;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Publication;
import org.readerfirst.store.DraftSource;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.StoreException;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.common.StatusLine;
import org.readerfirst.ui.common.StoreWriter;
import org.readerfirst.ui.editor.EditorViewModel;

/**
 * The source beside the open draft: the text the draft shares, kept with the draft, with the runs the
 * draft copied from it and the figures on top. The source and the writer's earlier published drafts go
 * to the editor's checks; the comparison for the highlights is made on the check executor after each
 * check, from the same text the check saw.
 */
public final class SourcePaneViewModel {

    private static final System.Logger LOG = System.getLogger(SourcePaneViewModel.class.getName());

    private final EditorViewModel editor;
    private final StoreWriter storeWriter;
    private final Executor worker;
    private final Executor fx;
    private final StatusLine status;
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final BooleanProperty linkScrolling = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<SourceText> source = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SourceComparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper copiedShare = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ownWords = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper attributed = new ReadOnlyStringWrapper("");
    private List<PublishedText> published = List.of();
    private long draftId = -1;
    private boolean reading;

    public SourcePaneViewModel(EditorViewModel editor, StoreWriter storeWriter, Executor worker, Executor fx,
                               StatusLine status) {
        this.editor = editor;
        this.storeWriter = storeWriter;
        this.worker = worker;
        this.fx = fx;
        this.status = status;
        showFigures(null);
        editor.draftProperty().addListener((obs, was, now) -> {
            long id = now == null ? -1 : now.id();
            if (id != draftId) {
                draftOpened(id);
            }
        });
        editor.live().lastResultProperty().addListener((obs, was, now) -> compare(now));
        comparison.addListener((obs, was, now) -> showFigures(now));
        open.addListener((obs, was, now) -> {
            if (!reading) {
                save();
            }
        });
    }

    /** A draft was opened: its source, pane state and the earlier published drafts are read on the writer thread. */
    private void draftOpened(long id) {
        draftId = id;
        published = List.of();
        setSource(null, false);
        problem.set("");
        if (id < 0) {
            return;
        }
        storeWriter.submit(s -> new Read(s.source(id), earlierPublished(s, id))).whenCompleteAsync((read, error) -> {
            if (error != null) {
                // Told in the pane, not on the status line, which tells of saving the draft itself.
                LOG.log(Level.WARNING, "Could not read the source of draft " + id, error);
                problem.set(Messages.get("source.read.failed", String.valueOf(error.getMessage())));
            } else if (id == draftId) {
                DraftSource kept = read.source().orElse(DraftSource.empty(false));
                published = read.published();
                reading = true;
                try {
                    open.set(kept.paneOpen());
                } finally {
                    reading = false;
                }
                setSource(kept.text().isBlank() ? null
                        : new SourceText(kept.text(), kept.title(), kept.credits(), kept.link()), false);
            }
        }, fx);
    }

    private record Read(Optional<DraftSource> source, List<PublishedText> published) {
    }

    /** The texts of the drafts in the publishing log but this one, each dated its latest publication. */
    static List<PublishedText> earlierPublished(DraftStore store, long exceptId) throws StoreException {
        Map<Long, LocalDate> latest = new LinkedHashMap<>();
        for (Publication p : store.publishingLog().publications()) {
            if (p.draftId() > 0 && p.draftId() != exceptId) {
                latest.put(p.draftId(), p.at().atZone(ZoneId.systemDefault()).toLocalDate());
            }
        }
        if (latest.isEmpty()) {
            return List.of();
        }
        // One read of the drafts, not one a publication: an imported history has thousands.
        Map<Long, String> bodies = new java.util.HashMap<>();
        for (Draft d : store.list()) {
            if (latest.containsKey(d.id())) {
                bodies.put(d.id(), d.body());
            }
        }
        List<PublishedText> out = new ArrayList<>();
        for (Map.Entry<Long, LocalDate> e : latest.entrySet()) {
            String body = bodies.get(e.getKey());
            if (body != null && !body.isBlank()) {
                out.add(new PublishedText(body, e.getValue()));
            }
        }
        return out;
    }

    /** Text the writer pasted becomes the source; its first short line is taken as its title. */
    public void paste(String text) {
        if (text == null || text.isBlank()) {
            problem.set(Messages.get("source.paste.empty"));
            return;
        }
        problem.set("");
        setSource(SourceText.of(text.replace("\r\n", "\n")), true);
    }

    /**
     * Reads a .txt, .md or .html file into the pane, off the FX thread. A file that cannot be read is
     * explained and the source stays as it was. Completes on the FX thread.
     */
    public CompletableFuture<Void> openFile(Path file) {
        long id = draftId;
        return CompletableFuture.supplyAsync(() -> SourceFile.read(file), worker).handleAsync((read, error) -> {
            Throwable cause = error != null && error.getCause() != null ? error.getCause() : error;
            if (cause != null) {
                String message = cause instanceof SourceFile.Unreadable u ? u.getMessage()
                        : Messages.get("source.file.failed", file.getFileName(), String.valueOf(cause.getMessage()));
                problem.set(message);
                status.show(message);
            } else if (id == draftId) {
                problem.set("");
                setSource(read, true);
                open.set(true);
            }
            return null;
        }, fx);
    }

    /** Takes the source away: the draft is checked with none. */
    public void clear() {
        problem.set("");
        setSource(null, true);
    }

    private void setSource(SourceText s, boolean store) {
        source.set(s);
        comparison.set(null);
        if (draftId >= 0) {
            editor.live().setCuration(s, published);
        }
        if (store) {
            save();
        }
    }

    private void save() {
        long id = draftId;
        if (id < 0) {
            return;
        }
        SourceText s = source.get();
        DraftSource kept = s == null ? DraftSource.empty(open.get())
                : new DraftSource(s.text(), s.title(), s.credits(), s.link(), open.get());
        storeWriter.writeOrUndo(st -> {
            st.putSource(id, kept);
            return null;
        }, () -> { }, status::storeFailed);
    }

    /** The runs of the text the check saw, compared on the worker; dropped if the source or text moved on. */
    private void compare(CheckResult result) {
        SourceText s = source.get();
        if (result == null || s == null) {
            comparison.set(null);
            return;
        }
        String text = result.snapshot().text();
        CompletableFuture.supplyAsync(() -> s.compare(text), worker).thenAcceptAsync(c -> {
            if (s == source.get() && text.equals(editor.textProperty().get())) {
                comparison.set(c);
            }
        }, fx);
    }

    private void showFigures(SourceComparison c) {
        if (c == null) {
            copiedShare.set(Messages.get("source.figures.share", "–"));
            ownWords.set(Messages.get("source.figures.own", "–"));
            attributed.set(Messages.get("source.figures.attributed", "–"));
        } else {
            copiedShare.set(Messages.get("source.figures.share", Math.round(c.copiedShare() * 100) + " %"));
            ownWords.set(Messages.get("source.figures.own", c.ownWords()));
            attributed.set(Messages.get("source.figures.attributed",
                    Messages.get(c.attributed() ? "source.figures.yes" : "source.figures.no")));
        }
    }

    /** "Copied from the source: 40 %". */
    public ReadOnlyStringProperty copiedShareProperty() {
        return copiedShare.getReadOnlyProperty();
    }

    /** "Your own words: 12". */
    public ReadOnlyStringProperty ownWordsProperty() {
        return ownWords.getReadOnlyProperty();
    }

    /** "Says whose it is: yes". */
    public ReadOnlyStringProperty attributedProperty() {
        return attributed.getReadOnlyProperty();
    }

    /** The copied run whose draft text holds {@code position}, for a click in the editor. */
    Optional<CopiedRun> runAtDraft(int position) {
        SourceComparison c = comparison.get();
        return c == null ? Optional.empty()
                : c.runs().stream().filter(r -> r.start() <= position && position <= r.end()).findFirst();
    }

    /** The copied run whose source text holds {@code position}, for a click in the source pane. */
    Optional<CopiedRun> runAtSource(int position) {
        SourceComparison c = comparison.get();
        return c == null ? Optional.empty()
                : c.runs().stream().filter(r -> r.sourceStart() <= position && position <= r.sourceEnd()).findFirst();
    }

    public BooleanProperty openProperty() {
        return open;
    }

    public BooleanProperty linkScrollingProperty() {
        return linkScrolling;
    }

    public ReadOnlyObjectProperty<SourceText> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SourceComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** Why the last paste or file did not become the source; empty when all went well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
