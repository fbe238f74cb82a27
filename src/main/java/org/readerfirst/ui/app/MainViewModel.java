package org.readerfirst.ui.app;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.grammar.GrammarState;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.DraftSummary;
import org.readerfirst.store.StoreException;
import org.readerfirst.ui.audiences.AudiencesViewModel;
import org.readerfirst.ui.common.Autosaver;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.common.StatusLine;
import org.readerfirst.ui.common.StoreWriter;
import org.readerfirst.ui.editor.EditorViewModel;
import org.readerfirst.ui.editor.GrammarChecker;
import org.readerfirst.ui.library.DraftItem;
import org.readerfirst.ui.library.DraftLibraryViewModel;
import org.readerfirst.ui.library.DraftListViewModel;
import org.readerfirst.ui.library.LibraryFilesViewModel;
import org.readerfirst.ui.library.TrashViewModel;
import org.readerfirst.ui.panel.CheckChoicesViewModel;
import org.readerfirst.ui.panel.CheckPanelViewModel;
import org.readerfirst.ui.panel.GrammarChoicesViewModel;
import org.readerfirst.ui.panel.RulePacksViewModel;
import org.readerfirst.ui.preview.PreviewPaneViewModel;
import org.readerfirst.ui.publishing.BeforePostingViewModel;
import org.readerfirst.ui.publishing.ExportViewModel;
import org.readerfirst.ui.publishing.PublishingLogViewModel;
import org.readerfirst.ui.revisions.RevisionsViewModel;
import org.readerfirst.ui.source.SourcePaneViewModel;

/**
 * The window's view models, made and wired together and handed to the view as one {@link WindowModels},
 * and what belongs to none of them: reading the library at start, the status line, and the orderly
 * shutdown that writes the last keystrokes before the store closes. The open draft's way to the store is {@link OpenDraft}'s, the samples are
 * {@link SampleLibrary}'s.
 */
public final class MainViewModel {

    public static final String LAST_DRAFT = "ui.last-draft";

    private final DraftStore store;
    private final Executor fx;
    private final StoreWriter storeWriter;
    private final Autosaver autosave;
    private OpenDraft openDraft;
    private final SampleLibrary samples;
    private final DraftListViewModel drafts = new DraftListViewModel();
    private final EditorViewModel editor;
    private final AudiencesViewModel audiences;
    private final CheckChoicesViewModel choices;
    private final GrammarChoicesViewModel grammarChoices;
    private final AppearanceViewModel appearance;
    private final GrammarChecker grammar;
    private final DraftLibraryViewModel library;
    private final BeforePostingViewModel beforePosting;
    private final PublishingLogViewModel log;
    private final WindowModels models;
    private final BesideSlot beside;
    private final PreviewPaneViewModel preview;
    private final StatusLine status = new StatusLine();
    private final ReadOnlyStringWrapper grammarStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper grammarDetail = new ReadOnlyStringWrapper("");
    private Optional<WindowLayout> savedLayout = Optional.empty();

    /**
     * @param reloadPacks loads the rule packs again when the writer asks; runs on the check executor
     * @param checkExecutor where checks run; never the FX thread in the app
     * @param writer the one thread that writes to the store
     * @param fx where outcomes of writes are reported: the FX thread in the app
     */
    public MainViewModel(DraftStore store, RuleEngine engine, Supplier<RuleEngine> reloadPacks, Executor checkExecutor,
                         ScheduledExecutorService writer, Executor fx, Duration autosaveDelay) {
        this(store, engine, reloadPacks, checkExecutor, GrammarChecker.none(), writer, fx, autosaveDelay);
    }

    /** @param grammar checks grammar and spelling with the rules; its results are handed to {@code fxThread} */
    public MainViewModel(DraftStore store, RuleEngine engine, Supplier<RuleEngine> reloadPacks, Executor checkExecutor,
                  GrammarChecker grammar, ScheduledExecutorService writer, Executor fxThread, Duration autosaveDelay) {
        this.store = Objects.requireNonNull(store, "store");
        Executor fx = Objects.requireNonNull(fxThread, "fx");
        this.fx = fx;
        this.grammar = Objects.requireNonNull(grammar, "grammar");
        status.show(Messages.get("status.ready", store.file().toAbsolutePath()));
        this.editor = new EditorViewModel(engine, checkExecutor, grammar, fx, Messages.language());
        // Saved drafts are reported to the open draft, made below once what it needs is made.
        this.storeWriter = new StoreWriter(store, writer, fx);
        this.autosave = new Autosaver(storeWriter, autosaveDelay, stored -> openDraft.saved(stored), status::saveFailed);
        this.audiences = new AudiencesViewModel(storeWriter, fx);
        this.choices = new CheckChoicesViewModel(editor, storeWriter, fx, status, audiences.audiences());
        this.grammarChoices = new GrammarChoicesViewModel(editor, storeWriter, status);
        this.appearance = new AppearanceViewModel(storeWriter, status);
        CheckPanelViewModel panel = new CheckPanelViewModel(editor, choices, grammarChoices);
        RulePacksViewModel packs = new RulePacksViewModel(editor, reloadPacks, checkExecutor, fx, status);
        LibraryFilesViewModel libraryFiles = new LibraryFilesViewModel(storeWriter, autosave, fx, status, drafts, this::reload, store.file(),
                Clock.systemUTC());
        RevisionsViewModel revisions = new RevisionsViewModel(editor, storeWriter, checkExecutor, fx, status);
        this.library = new DraftLibraryViewModel(drafts, editor, storeWriter, autosave, fx, status);
        TrashViewModel trash = new TrashViewModel(storeWriter, fx, status, library);
        this.log = new PublishingLogViewModel(storeWriter, fx, status, () -> editor.live().engine().book().limits(),
                Clock.systemDefaultZone());
        // An import's texts are listed, and counted in the publishing log the cadence checks read.
        libraryFiles.setOnImported(() -> {
            library.refresh();
            log.load();
        });
        this.beside = new BesideSlot(editor, checkExecutor, grammar, fx, choices, grammarChoices, storeWriter, autosave,
                drafts, status);
        SourcePaneViewModel sourcePane = new SourcePaneViewModel(editor, storeWriter, checkExecutor, fx, status);
        this.preview = new PreviewPaneViewModel(editor, storeWriter, checkExecutor, fx, status);
        log.setOnChanged(choices::showLog);
        // The log window and the drafts list (the row's status, the status filter) follow a publishing.
        choices.setOnPublished(() -> {
            log.load();
            library.refresh();
        });
        ExportViewModel export = new ExportViewModel(editor, status, checkExecutor, fx);
        this.beforePosting = new BeforePostingViewModel(storeWriter, status, () -> editor.live().engine().book().limits());
        export.useBeforePosting(beforePosting,
                () -> log.entries().stream().map(PublishingLogViewModel.Entry::publication).toList(), Clock.systemDefaultZone());
        this.openDraft = new OpenDraft(drafts, editor, storeWriter, autosave, choices, beside, revisions, status, fx);
        this.samples = new SampleLibrary(drafts, openDraft, storeWriter, library, status, fx);
        this.models = new WindowModels(editor, panel, drafts, library, libraryFiles, trash, log, audiences, choices, packs,
                grammarChoices, appearance, revisions, sourcePane, preview, export);
        drafts.selectedProperty().addListener((obs, was, now) -> openDraft.open(now));
        editor.textProperty().addListener((obs, was, now) -> openDraft.editorChanged());
        editor.typeProperty().addListener((obs, was, now) -> openDraft.editorChanged());
        editor.languageProperty().addListener((obs, was, now) -> openDraft.editorChanged());
        // Called on the grammar thread: the state is read again on the FX thread.
        grammar.addStateListener(state -> fx.execute(this::showGrammarState));
        showGrammarState();
    }

    /** English decides the status line; Finnish, which needs Voikko installed, gets the tooltip. */
    private void showGrammarState() {
        GrammarState english = grammar.state(Language.ENGLISH);
        grammarStatus.set(switch (english.availability()) {
            case LOADING -> Messages.get("status.grammar.loading");
            case READY -> Messages.get("status.grammar.ready");
            case UNAVAILABLE -> Messages.get("status.grammar.unavailable", english.reason());
        });
        GrammarState finnish = grammar.state(Language.FINNISH);
        grammarDetail.set(switch (finnish.availability()) {
            case LOADING -> Messages.get("status.grammar.finnish.loading");
            case READY -> Messages.get("status.grammar.finnish.ready");
            case UNAVAILABLE -> finnish.reason();
        });
    }

    /**
     * Reads the drafts and opens the one the writer had open last. An empty database gets one empty
     * draft so the writer can type at once. Runs on the FX thread before the window shows: there is
     * nothing to show until this is read.
     */
    public void start() throws StoreException {
        // Whether the library is empty is read from the list's index, without the drafts' texts.
        boolean empty = store.summaries(null, null).isEmpty();
        empty = samples.fillIfNew(store, empty);
        if (empty) {
            store.create(Messages.get("drafts.untitled"), "", ContentType.POST, Language.AUTO);
        }
        library.start(store);
        appearance.start(store);
        audiences.start(store);
        choices.start(store);
        grammarChoices.start(store);
        long last = store.setting(LAST_DRAFT).map(MainViewModel::parseId).orElse(-1L);
        DraftItem first = drafts.find(last).orElse(drafts.items().get(0));
        choices.load(store, first.id());
        drafts.select(first, store.find(first.id()).orElseThrow());
        Optional<String> layout = store.setting(WindowLayout.SETTING);
        savedLayout = layout.flatMap(WindowLayout::parse);
        if (layout.isPresent() && savedLayout.isEmpty()) {
            status.settingIgnored(WindowLayout.SETTING, layout.get());
        }
        log.start(store);
        beforePosting.start(store);
        preview.start(store);
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Before the window closes: writes what is not yet saved, waiting at most {@code timeout}, and
     * says whether some of it could still not be written (a full disk, a read-only folder). On the FX
     * thread; the writer thread never waits for it.
     */
    public boolean unsavedAfterSaving(Duration timeout) {
        return openDraft.unsavedAfterSaving(timeout);
    }

    /** Ctrl+S: writes the open draft now rather than after the pause, or says all is saved. */
    public void saveNow() {
        openDraft.saveNow();
    }

    /**
     * Creates an empty draft for the open draft's surface, puts it at the top and opens it; the
     * future completes on the FX thread once it is open.
     */
    public CompletableFuture<DraftItem> newDraft() {
        return openDraft.newDraft();
    }

    public void renameOpenDraft(String title) {
        openDraft.rename(title);
    }

    /** On the first start of a new library, fill it with the sample drafts (the installed app does). */
    public void offerSamples() {
        samples.offer();
    }

    /** Whether this start filled a new library with the samples: the window then says where things are. */
    public boolean welcomed() {
        return samples.welcomed();
    }

    /** Moves every sample draft to the trash in one go; completes once the list shows the rest. */
    public CompletableFuture<Void> removeSamples() {
        return samples.remove();
    }

    /** Moves the open draft to the trash; the one below it opens instead. */
    public void deleteOpenDraft() {
        openDraft.delete();
    }

    /**
     * Saves the open draft and the window's layout, waits for the writes, and closes the store.
     * Safe to call twice (window close, then application stop).
     */
    public void shutdown(WindowLayout layout) {
        if (openDraft.isShutDown()) {
            return;
        }
        openDraft.shutDown();
        Draft open = editor.current();
        storeWriter.submit(s -> {
            if (layout != null) {
                s.putSetting(WindowLayout.SETTING, layout.format());
            }
            if (open != null) {
                s.putSetting(LAST_DRAFT, Long.toString(open.id()));
            }
            return null;
        });
        autosave.close(Duration.ofSeconds(5));
        storeWriter.close(Duration.ofSeconds(5));
        store.close();
    }

    /**
     * Shows a library read anew, after a restore: the drafts, and the audiences and choices, which
     * would otherwise be written back over the restored ones with the next change. The list reads
     * the drafts again itself, with their status and tags.
     */
    private void reload(List<DraftSummary> restored) {
        try {
            library.start(store);
            log.start(store);
            audiences.start(store);
            choices.start(store);
            grammarChoices.start(store);
        } catch (StoreException e) {
            status.storeFailed(e);
        }
        if (restored.isEmpty() || drafts.items().isEmpty()) {
            newDraft();
        } else {
            drafts.select(drafts.items().get(0));
        }
    }

    /** The window's view models, for the view to build its parts from. */
    public WindowModels models() {
        return models;
    }

    /** Says something on the status line, such as what happened to a damaged database at start. */
    public void showNotice(String message) {
        status.show(message);
    }

    /** Completes on the FX thread once every write asked for so far has finished and reported back. */
    CompletableFuture<Void> afterWrites() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        storeWriter.submit(s -> null).whenCompleteAsync((ignored, error) -> done.complete(null), fx);
        return done;
    }

    /** How soon a save that failed is tried again; a few seconds in the app. */
    void retryFailedSavesAfter(Duration delay) {
        autosave.retryAfter(delay);
    }

    public Optional<WindowLayout> savedLayout() {
        return savedLayout;
    }

    /** Opens the draft beside the open one, each with its own checks; null closes the second pane. */
    public void openBeside(DraftItem item) {
        if (item == null) {
            beside.close();
        } else {
            beside.open(item);
        }
    }

    public ReadOnlyObjectProperty<BesideViewModel> besideProperty() {
        return beside.openProperty();
    }

    /** "Grammar: loading…", "Grammar: ready" or why it is unavailable. */
    public ReadOnlyStringProperty grammarStatusProperty() {
        return grammarStatus.getReadOnlyProperty();
    }

    /** How Finnish spelling stands, for the grammar status's tooltip. */
    public ReadOnlyStringProperty grammarDetailProperty() {
        return grammarDetail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.textProperty();
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return status.errorProperty();
    }
}
