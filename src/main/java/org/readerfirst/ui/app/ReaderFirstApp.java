package org.readerfirst.ui.app;

import java.lang.System.Logger.Level;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.grammar.EnglishVariant;
import org.readerfirst.grammar.GrammarService;
import org.readerfirst.grammar.VoikkoLocation;
import org.readerfirst.store.DataLocations;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.InstanceLock;
import org.readerfirst.store.SqliteLibrary;
import org.readerfirst.store.StoreException;
import org.readerfirst.ui.common.Appearance;
import org.readerfirst.ui.common.Dialogs;
import org.readerfirst.ui.common.ErrorDialog;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.editor.GrammarChecker;
import org.readerfirst.ui.panel.GrammarChoicesViewModel;

/**
 * The desktop app: opens the drafts database, builds the window and puts it where the writer left
 * it, and on close saves the last keystrokes and the layout before the database closes.
 */
public final class ReaderFirstApp extends Application {

    private static final System.Logger LOG = System.getLogger(ReaderFirstApp.class.getName());
    static final double MIN_WIDTH = 1000;
    static final double MIN_HEIGHT = 560;
    /** The longest a change stays only in memory: a kill loses at most this much typing. */
    private static final Duration AUTOSAVE_DELAY = Duration.ofMillis(800);
    /** The writer's own rule packs, in the data folder. */
    static final String RULES_FOLDER = "rules";

    private static volatile Path launchDatabase;

    private final Path database;
    private final Path rulesFolder;
    private final Runnable exit;
    /** A grammar service the caller owns and closes (tests share one); null for the app's own. */
    private final GrammarService sharedGrammar;
    private GrammarService grammar;
    private RuleLemmatizers forms;
    private ExecutorService checkExecutor;
    private MainViewModel vm;
    private MainView view;
    private Stage stage;
    /** The installed app fills a new library with the sample drafts; tests start with an empty one. */
    static volatile boolean offerSamples;
    private Runnable restyle = () -> { };
    private WindowBounds bounds;
    private boolean shutDown;
    /** Keeps a second window off this database while this one runs. */
    private InstanceLock lock;

    /** For {@link Application#launch}: the database is the one given to {@link #launchApp}. */
    public ReaderFirstApp() {
        this(null);
    }

    /** An app on the given database file, for embedding and tests. */
    public ReaderFirstApp(Path database) {
        this(database, Platform::exit);
    }

    /** As above, with what to do instead of exiting when the database cannot be used (for tests). */
    ReaderFirstApp(Path database, Runnable exit) {
        this(database, null, exit);
    }

    /**
     * An app on the given database file that takes the writer's own rule packs from {@code rulesFolder}
     * (null for the {@code rules} folder in the data folder), for tests.
     */
    ReaderFirstApp(Path database, Path rulesFolder, Runnable exit) {
        this(database, rulesFolder, exit, null);
    }

    /** As above, checking grammar with a started service that the caller closes, for tests. */
    ReaderFirstApp(Path database, Path rulesFolder, Runnable exit, GrammarService sharedGrammar) {
        this.database = database;
        this.rulesFolder = rulesFolder;
        this.exit = exit;
        this.sharedGrammar = sharedGrammar;
    }

    /** The view, for tests that drive its menus. */
    public MainView view() {
        return view;
    }

    /** Opens the window on the given database file and returns when the writer has closed it. */
    public static void launchApp(Path databaseFile) {
        launchDatabase = Objects.requireNonNull(databaseFile, "databaseFile");
        offerSamples = true;
        // In the user's state folder, never beside a database the writer named.
        AppLog.start(DataLocations.logFolder());
        RulesAtStart.begin(DataLocations.dataFolder().resolve(RULES_FOLDER));
        Thread sqlite = new Thread(SqliteLibrary::loadAhead, "readerfirst-sqlite-at-start");
        sqlite.setDaemon(true);
        sqlite.start();
        HeapTrim.apply();
        Application.launch(ReaderFirstApp.class);
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        ErrorDialog.install(() -> stage);
        Path file = database != null ? database : launchDatabase;
        if (file == null) {
            throw new IllegalStateException("no database file: start the app with ReaderFirstApp.launchApp(path)");
        }
        Optional<DatabaseStartup.Opened> opened = DatabaseStartup.open(file);
        if (opened.isEmpty()) {
            exit.run();
            return;
        }
        lock = opened.get().lock();
        DraftStore store = opened.get().store();
        // The window is built in the writer's language: chosen before the first view exists.
        Messages.use(AppearanceViewModel.windowLocale(store));
        Path rules = rulesFolder != null ? rulesFolder : DataLocations.dataFolder().resolve(RULES_FOLDER);
        RulesAtStart.Loaded loaded = RulesAtStart.take(rules, database == null && rulesFolder == null);
        forms = loaded.forms();
        Lemmatizers lemmatizers = forms.lemmatizers();
        Supplier<RuleEngine> loadPacks = () -> RulesAtStart.engine(lemmatizers, rules);
        RuleEngine engine = loaded.engine();
        checkExecutor = Executors.newSingleThreadExecutor(daemon("readerfirst-check"));
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(daemon("readerfirst-save"));
        grammar = sharedGrammar != null ? sharedGrammar : new GrammarService(preloadedVariant(store), VoikkoLocation.system());
        vm = new MainViewModel(store, engine, loadPacks, checkExecutor, GrammarChecker.of(grammar), writer,
                Platform::runLater, AUTOSAVE_DELAY);
        if (offerSamples) {
            vm.offerSamples();
        }
        view = new MainView(vm);
        if (!opened.get().notice().isEmpty()) {
            vm.showNotice(opened.get().notice());
        }
        try {
            vm.start();
        } catch (StoreException e) {
            LOG.log(Level.ERROR, "Cannot read " + file, e);
            shutdown();
            Dialogs.cannotOpen(e);
            exit.run();
            return;
        }

        Optional<WindowLayout> layout = vm.savedLayout();
        Rectangle2D size = place(layout);
        // Sized up front: the side panes keep their width when the window resizes, so the first
        // layout must already be at the real size for the divider positions to come out right.
        Scene scene = new Scene(view.root(), size.getWidth(), size.getHeight());
        scene.getStylesheets().setAll(Appearance.stylesheets());
        restyle = Appearance.onChange(() -> scene.getStylesheets().setAll(Appearance.stylesheets()));
        view.installShortcuts(scene);
        view.setDividers(layout.map(WindowLayout::dividers).orElse(MainView.DEFAULT_DIVIDERS));
        layout.ifPresent(view::showPanes);
        stage.setScene(scene);
        stage.setWidth(size.getWidth());
        stage.setHeight(size.getHeight());
        var openDraft = vm.models().editor().draftProperty();
        stage.titleProperty().bind(Bindings.createStringBinding(() -> openDraft.get() == null
                ? Messages.get("app.title")
                : Messages.get("app.title.draft", openDraft.get().title()), openDraft));
        addIcons();
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        bounds = new WindowBounds(stage);
        UnsavedClose.install(stage, vm, this::shutdown);
        stage.show();
        StartupReport.afterShown(scene);
        // LanguageTool is built in the background once the window stands: on two cores its loading
        // would otherwise take half the machine from the window's first layout. The rules check meanwhile.
        Platform.runLater(grammar::start);
        // Set again once shown, in case the window manager gave the window another size.
        Platform.runLater(() -> view.setDividers(layout.map(WindowLayout::dividers).orElse(MainView.DEFAULT_DIVIDERS)));
        view.focusEditor();
        if (vm.welcomed()) {
            Platform.runLater(() -> Welcome.show(stage, vm::removeSamples));
        }
    }

    /** The English the writer chose, so the grammar service builds that one first. */
    private static EnglishVariant preloadedVariant(DraftStore store) {
        try {
            return store.setting(GrammarChoicesViewModel.VARIANT).flatMap(GrammarChoicesViewModel::parseVariant)
                    .orElse(EnglishVariant.AUTOMATIC);
        } catch (StoreException e) {
            return EnglishVariant.AUTOMATIC;
        }
    }

    private void addIcons() {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            URL icon = ReaderFirstApp.class.getResource("/assets/icons/readerfirst-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
    }

    /** Puts the window where it was if that is still on a screen, else centred; returns its size. */
    private Rectangle2D place(Optional<WindowLayout> layout) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (layout.isPresent() && !Screen.getScreensForRectangle(layout.get().x(), layout.get().y(),
                layout.get().width(), layout.get().height()).isEmpty()) {
            WindowLayout l = layout.get();
            stage.setX(l.x());
            stage.setY(l.y());
            stage.setMaximized(l.maximized());
            return new Rectangle2D(l.x(), l.y(), Math.max(MIN_WIDTH, l.width()), Math.max(MIN_HEIGHT, l.height()));
        }
        double width = Math.max(MIN_WIDTH, Math.min(1320, screen.getWidth() * 0.9));
        double height = Math.max(MIN_HEIGHT, Math.min(860, screen.getHeight() * 0.9));
        stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - height) / 3);
        return new Rectangle2D(stage.getX(), stage.getY(), width, height);
    }

    /** Saves and closes everything once; called when the window closes and again when the app stops. */
    private void shutdown() {
        if (shutDown) {
            return;
        }
        if (vm == null) {
            closeGrammar();
            releaseLock();
            return;
        }
        shutDown = true;
        restyle.run();
        WindowLayout layout = bounds == null ? null : view.withPanes(bounds.layout(view.dividers()));
        vm.shutdown(layout);
        view.dispose();
        checkExecutor.shutdownNow();
        closeGrammar();
        releaseLock();
    }

    private void releaseLock() {
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }

    private void closeGrammar() {
        if (grammar != null && grammar != sharedGrammar) {
            grammar.close();
        }
        grammar = null;
        if (forms != null) {
            forms.close();
            forms = null;
        }
    }

    @Override
    public void stop() {
        shutdown();
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** The window's last bounds while it was not maximized, so un-maximizing after a restart works. */
    private static final class WindowBounds {

        private final Stage stage;
        private double x;
        private double y;
        private double width;
        private double height;

        WindowBounds(Stage stage) {
            this.stage = stage;
            remember();
            stage.xProperty().addListener(o -> remember());
            stage.yProperty().addListener(o -> remember());
            stage.widthProperty().addListener(o -> remember());
            stage.heightProperty().addListener(o -> remember());
        }

        private void remember() {
            if (!stage.isMaximized() && !stage.isIconified() && !Double.isNaN(stage.getX())
                    && stage.getWidth() > 0 && stage.getHeight() > 0) {
                x = stage.getX();
                y = stage.getY();
                width = stage.getWidth();
                height = stage.getHeight();
            }
        }

        WindowLayout layout(List<Double> dividers) {
            return new WindowLayout(x, y, width, height, stage.isMaximized(), dividers);
        }
    }
}
