package org.readerfirst.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.grammar.GrammarService;
import org.readerfirst.store.DraftStore;
import org.readerfirst.ui.common.Appearance;
import org.readerfirst.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The fixture of every window test, a JUnit extension on an instance field:
 *
 * <pre>
 * &#64;RegisterExtension
 * final AppWindows windows = new AppWindows();
 * </pre>
 *
 * Each test gets a folder of its own for the database ({@link #database()}) and the writer's rule
 * packs ({@code rules}), may seed the database, and opens the real app's window on it. After the test,
 * passed or failed, and after the test class's own {@code @AfterEach} (which may still use the
 * window), every window it opened is stopped, every stage closed, what the app sets for the whole
 * process (the window's language, the theme and font, the samples offer) set back, and the folder
 * deleted.
 */
public final class AppWindows implements BeforeEachCallback, AfterEachCallback {

    /** A post with findings of several kinds: an announcement, bait, jargon and hashtags. */
    public static final String LAUNCH_POST = "I'm thrilled to announce our new onboarding guide!!! Comment YES below. "
            + "In order to utilize it, we leverage synergies. #a #b #c #d #e #f";

    /** What a test writes to its database before the window opens: settings, drafts, revisions. */
    @FunctionalInterface
    public interface Seed {
        void into(DraftStore store) throws Exception;
    }

    private final FxRobot robot = new FxRobot();
    private final List<AppWindow> opened = new ArrayList<>();
    private Supplier<GrammarService> grammar = () -> null;
    private Path folder;

    /**
     * The windows share this grammar service instead of each building its own LanguageTool, which
     * takes seconds; asked for at each opening, so a service the class starts in {@code @BeforeAll} fits.
     */
    public AppWindows withGrammar(Supplier<GrammarService> shared) {
        grammar = shared;
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        // The first start in a test run loads the whole app cold, which takes long on a busy machine.
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
        // Up before the test, for a test that uses the FX thread before it opens a window.
        FxToolkit.registerPrimaryStage();
        folder = Files.createTempDirectory("readerfirst-window-");
    }

    /** The test's folder: the database and the {@code rules} folder of the writer's own packs. */
    public Path folder() {
        return folder;
    }

    /** The database the windows open, {@code drafts.db} in the test's folder. */
    public Path database() {
        return folder.resolve("drafts.db");
    }

    /** Writes to the database, which is closed again before anything else opens it. */
    public AppWindows seed(Seed seed) throws Exception {
        try (DraftStore store = DraftStore.open(database())) {
            seed.into(store);
        }
        return this;
    }

    /** Starts the app on the test's database and shows its window. */
    public AppWindow open() throws TimeoutException {
        AppWindow window = new AppWindow(folder, grammar.get());
        // Kept before it starts: a start that fails half way is stopped all the same.
        opened.add(window);
        window.start();
        return window;
    }

    /** Seeds the database, then opens the window on it. */
    public AppWindow open(Seed seed) throws Exception {
        seed(seed);
        return open();
    }

    /**
     * Opens the window on a database holding {@link #LAUNCH_POST}, in the theme and the window
     * language given ({@code light}, {@code dark}; {@code english}, {@code finnish}), the welcome
     * already seen.
     */
    public AppWindow openWithLaunchPost(String theme, String language) throws Exception {
        return open(store -> {
            store.putSetting(AppearanceViewModel.THEME, theme);
            store.putSetting(AppearanceViewModel.LANGUAGE, language);
            store.putSetting(SampleLibrary.OFFERED, "yes");
            store.create("Launch", LAUNCH_POST, ContentType.POST, Language.ENGLISH);
        });
    }

    /**
     * Answers the questions Copy for LinkedIn asks before a post or an article goes out: waits for them
     * and chooses Copy.
     */
    public static void copyAfterQuestions(FxRobot robot) throws TimeoutException {
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#before-posting").tryQuery().isPresent());
        javafx.scene.Node pane = robot.lookup("#before-posting").query();
        robot.clickOn(robot.from(pane).lookup((javafx.scene.control.Button b) -> "Copy".equals(b.getText()))
                .queryAs(javafx.scene.control.Button.class));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        Exception failed = null;
        for (AppWindow window : opened) {
            failed = attempt(failed, window::stopApp);
        }
        opened.clear();
        failed = attempt(failed, FxToolkit::cleanupStages);
        failed = attempt(failed, this::restoreDefaults);
        failed = attempt(failed, this::deleteFolder);
        if (failed != null) {
            throw failed;
        }
    }

    /** The app sets these for the whole process from the database it opens; the next test starts afresh. */
    private void restoreDefaults() {
        ReaderFirstApp.offerSamples = false;
        Messages.use(Locale.ENGLISH);
        // On the FX thread: windows still registered for changes restyle their scenes.
        robot.interact(() -> Appearance.set(Appearance.Theme.LIGHT, Appearance.EditorFont.DEFAULT));
    }

    private void deleteFolder() throws IOException {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        folder = null;
    }

    private interface Step {
        void run() throws Exception;
    }

    /** Runs one step of the clean-up whatever the steps before it did; the first failure is thrown, the rest kept with it. */
    private static Exception attempt(Exception failed, Step step) {
        try {
            step.run();
            return failed;
        } catch (Exception e) {
            if (failed == null) {
                return e;
            }
            failed.addSuppressed(e);
            return failed;
        }
    }
}
