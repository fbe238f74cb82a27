package org.readerfirst.ui.panel;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.readerfirst.core.model.CheckSettings;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Dismissal;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Publication;
import org.readerfirst.core.model.PublishingPlan;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.StoreException;
import org.readerfirst.store.StoredAudience;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.common.StatusLine;
import org.readerfirst.ui.common.StoreWriter;
import org.readerfirst.ui.editor.EditorViewModel;
import org.readerfirst.ui.editor.TextSpan;

/**
 * The writer's choices that shape the checks: the findings dismissed in the open draft, the checks
 * turned off everywhere, and who the open draft is for. Each change goes to the editor's next check
 * at once and to the store on the writer thread; a write that fails is taken back and explained.
 */
public final class CheckChoicesViewModel {

    private final EditorViewModel editor;
    private final StoreWriter storeWriter;
    private final Executor fx;
    private final StatusLine status;
    private final ObservableList<Dismissal> dismissals = FXCollections.observableArrayList();
    private final ObservableList<String> disabledRules;
    private final ObservableList<StoredAudience> audiences;
    private final ReadOnlyObjectWrapper<StoredAudience> audience = new ReadOnlyObjectWrapper<>();
    private long draftId = -1;
    private final ObservableList<Publication> publications;
    private Runnable onPublished = () -> { };

    public CheckChoicesViewModel(EditorViewModel editor, StoreWriter storeWriter, Executor fx, StatusLine status,
                          ObservableList<StoredAudience> audiences) {
        this(editor, storeWriter, fx, status, audiences, FXCollections.observableArrayList(),
                FXCollections.observableArrayList());
    }

    /** Choices whose rules turned off and publishing log are shared with another editor's. */
    private CheckChoicesViewModel(EditorViewModel editor, StoreWriter storeWriter, Executor fx, StatusLine status,
                                  ObservableList<StoredAudience> audiences, ObservableList<String> disabledRules,
                                  ObservableList<Publication> publications) {
        this.editor = editor;
        this.storeWriter = storeWriter;
        this.fx = fx;
        this.status = status;
        this.audiences = audiences;
        this.disabledRules = disabledRules;
        this.publications = publications;
        audiences.addListener((ListChangeListener<StoredAudience>) c -> audiencesChanged());
        // A rule turned off, or the log changed, in one editor counts in the other at once.
        disabledRules.addListener((ListChangeListener<String>) c -> push());
        publications.addListener((ListChangeListener<Publication>) c -> push());
    }

    /**
     * The choices of a second editor: its own draft's dismissals and audience, and the same rules
     * turned off and the same publishing log as these.
     */
    public CheckChoicesViewModel beside(EditorViewModel other) {
        CheckChoicesViewModel b = new CheckChoicesViewModel(other, storeWriter, fx, status, audiences, disabledRules,
                publications);
        b.push();
        return b;
    }

    /** The publishing log as the store has it now, after a change made elsewhere in the window. */
    public void showLog(List<Publication> log) {
        if (!log.equals(publications)) {
            publications.setAll(log);
        }
    }

    /** Called on the FX thread after "Mark as published" is stored. */
    public void setOnPublished(Runnable listener) {
        this.onPublished = listener;
    }

    /** Reads the rules turned off and the publishing log; on the FX thread before the window shows. */
    public void start(DraftStore store) throws StoreException {
        disabledRules.setAll(new TreeSet<>(store.disabledRules()));
        publications.setAll(store.publishingLog().publications());
        push();
    }

    /**
     * Logs the open draft as published now, as what it is written for, so that the cadence checks
     * count it from the next check on.
     */
    public void markPublished() {
        long id = draftId;
        if (id < 0) {
            return;
        }
        ContentType as = editor.typeProperty().get();
        Instant at = Instant.now();
        storeWriter.submit(s -> s.publishingLog().publish(id, as, at)).whenCompleteAsync((published, error) -> {
            if (error != null) {
                status.storeFailed(error);
                return;
            }
            publications.add(published);
            status.show(Messages.get("status.published"));
            onPublished.run();
        }, fx);
    }

    /** The publishing log as this window knows it. */
    List<Publication> publications() {
        return List.copyOf(publications);
    }

    /** Reads the open draft's choices now, so its first check already leaves out what was dismissed. */
    public void load(DraftStore store, long id) throws StoreException {
        draftId = id;
        dismissals.setAll(store.dismissals(id));
        audience.set(store.audienceOf(id).orElse(null));
        push();
    }

    /** A draft was opened (or none, with -1): its dismissals and audience are read on the writer thread. */
    public void draftOpened(long id) {
        if (id == draftId) {
            return;
        }
        draftId = id;
        dismissals.clear();
        audience.set(null);
        push();
        if (id < 0) {
            return;
        }
        storeWriter.submit(s -> new DraftChoices(s.dismissals(id), s.audienceOf(id))).whenCompleteAsync((read, error) -> {
            if (error != null) {
                status.storeFailed(error);
            } else if (id == draftId) {
                dismissals.setAll(read.dismissals());
                audience.set(read.audience().orElse(null));
                push();
            }
        }, fx);
    }

    private record DraftChoices(Set<Dismissal> dismissals, Optional<StoredAudience> audience) {
    }

    /** "Not here": the finding's rule stays quiet about these words in this draft. */
    public void dismiss(Finding finding) {
        long id = draftId;
        Optional<TextSpan> span = editor.live().spanOf(finding);
        if (id < 0 || span.isEmpty()) {
            return;
        }
        String all = editor.textProperty().get();
        String text = all.substring(Math.min(span.get().start(), all.length()), Math.min(span.get().end(), all.length()));
        Dismissal d = new Dismissal(finding.ruleId(), text);
        if (dismissals.contains(d)) {
            return;
        }
        dismissals.add(d);
        push();
        write(s -> s.dismiss(id, d), () -> dismissals.remove(d));
    }

    /** Takes a dismissal back: the finding shows again where its words are. */
    public void undismiss(Dismissal d) {
        long id = draftId;
        int index = dismissals.indexOf(d);
        if (index < 0) {
            return;
        }
        dismissals.remove(index);
        push();
        write(s -> s.undismiss(id, d), () -> dismissals.add(Math.min(index, dismissals.size()), d));
    }

    /** Turns the check off for every draft. */
    public void turnOff(String ruleId) {
        if (disabledRules.contains(ruleId)) {
            return;
        }
        addSorted(ruleId);
        push();
        write(s -> s.setRuleEnabled(ruleId, false), () -> disabledRules.remove(ruleId));
    }

    public void turnOn(String ruleId) {
        if (!disabledRules.remove(ruleId)) {
            return;
        }
        push();
        write(s -> s.setRuleEnabled(ruleId, true), () -> addSorted(ruleId));
    }

    private void addSorted(String ruleId) {
        TreeSet<String> all = new TreeSet<>(disabledRules);
        all.add(ruleId);
        disabledRules.setAll(all);
    }

    /** Says who the open draft is for; null for nobody in particular. */
    public void chooseAudience(StoredAudience chosen) {
        long id = draftId;
        StoredAudience before = audience.get();
        if (id < 0 || sameId(before, chosen)) {
            return;
        }
        audience.set(chosen);
        push();
        Long audienceId = chosen == null ? null : chosen.id();
        write(s -> s.setDraftAudience(id, audienceId), () -> audience.set(before));
    }

    private static boolean sameId(StoredAudience a, StoredAudience b) {
        return a == null ? b == null : b != null && a.id() == b.id();
    }

    /** An audience edited or deleted in the dialog changes the open draft's too. */
    private void audiencesChanged() {
        StoredAudience now = audience.get();
        if (now != null) {
            audience.set(audiences.stream().filter(a -> a.id() == now.id()).findFirst().orElse(null));
            push();
        }
    }

    private interface Write {
        void run(DraftStore store) throws StoreException;
    }

    private void write(Write write, Runnable undo) {
        storeWriter.writeOrUndo(s -> {
            write.run(s);
            return null;
        }, () -> {
            undo.run();
            push();
        }, status::storeFailed);
    }

    private void push() {
        // The planned time is "now" at each check: the editor moves it forward when it checks.
        editor.live().setSettings(new CheckSettings(Language.ENGLISH, Set.copyOf(disabledRules),
                Optional.ofNullable(audience.get()).map(StoredAudience::audience), Set.copyOf(new ArrayList<>(dismissals)),
                Optional.of(new PublishingPlan(publications, Instant.now(), ZoneId.systemDefault(), draftId))));
    }

    public ObservableList<Dismissal> dismissals() {
        return dismissals;
    }

    public ObservableList<String> disabledRules() {
        return disabledRules;
    }

    public ReadOnlyObjectProperty<StoredAudience> audienceProperty() {
        return audience.getReadOnlyProperty();
    }
}
