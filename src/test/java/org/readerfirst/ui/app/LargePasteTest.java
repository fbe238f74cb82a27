package org.readerfirst.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.readerfirst.core.model.CheckResult;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.rules.CheckedPrefix;
import org.readerfirst.grammar.GrammarService;
import org.readerfirst.store.DraftStore;
import org.readerfirst.ui.common.Appearance;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.editor.EditorViewModel;
import org.readerfirst.ui.panel.CheckPanelViewModel;
import org.readerfirst.ui.preview.PreviewPaneView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Five megabytes pasted into the real window, on a real database file, with LanguageTool running: the
 * editor keeps all of it, the checks read what fits and the panel says what they left, the preview
 * pane shows a part of it, and typing after the paste still works and is saved.
 *
 * <p>How long the FX thread was kept busy is printed (for the record, not asserted: the figure depends
 * on the machine and its load), beside what RichTextFX alone takes for the same insert.
 */
class LargePasteTest {

    private static final int PASTE_CHARS = 5_000_000;
    private static GrammarService grammar;

    @RegisterExtension
    final AppWindows windows = new AppWindows().withGrammar(() -> grammar);

    private final FxRobot robot = new FxRobot();
    private AppWindow window;

    @BeforeAll
    static void startGrammar() throws Exception {
        grammar = new GrammarService().start();
        grammar.loaded().get(120, TimeUnit.SECONDS);
    }

    @AfterAll
    static void closeGrammar() {
        grammar.close();
    }

    private void start() throws TimeoutException {
        window = windows.open();
    }

    private StyleClassedTextArea editor() {
        return robot.lookup("#editor").queryAs(StyleClassedTextArea.class);
    }

    private EditorViewModel editorModel() {
        return window.app().view().model().models().editor();
    }

    @Test
    void a_five_megabyte_paste_is_kept_whole_checked_as_far_as_fits_and_typing_after_it_is_saved() throws Exception {
        String pasted = mixedText(PASTE_CHARS);
        double[] bare = richTextFxAlone(pasted);

        start();
        robot.push((KeyCodeCombination) PreviewPaneView.SHORTCUT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#preview-pane").tryQuery().isPresent());
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(pasted);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#editor");
        try (FxPauses pauses = FxPauses.start()) {
            long[] paste = timePaste(pauses);
            long pasteStarted = System.nanoTime();
            robot.push(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> editor().getLength() == PASTE_CHARS && paste[1] != 0);
            WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> rulesAndGrammarShown(pasted)
                    && robot.lookup("#preview-hidden").queryAs(Text.class).getText().endsWith("not shown in the preview"));
            double settledSeconds = (System.nanoTime() - pasteStarted) / 1e9;
            Thread.sleep(2_000);
            WaitForAsyncUtils.waitForFxEvents();
            System.out.printf(Locale.ROOT, "FX pause, the paste itself (Ctrl+V: RichTextFX's insert and our listeners): "
                    + "%.0f ms; RichTextFX alone inserting the same text: %.0f ms%n", (paste[1] - paste[0]) / 1e6, bare[0]);
            report("after the paste until the checks settled (" + String.format(Locale.ROOT, "%.1f", settledSeconds)
                    + " s)", pauses);
            System.out.printf(Locale.ROOT, "FX pause, worst from Ctrl+V until the checks settled: %.0f ms%n",
                    Math.max((paste[1] - paste[0]) / 1e6, pauses.worstMillis()));
            System.out.printf(Locale.ROOT, "FX pause, worst after RichTextFX alone inserted it (1 s): %.0f ms%n", bare[1]);

            assertEquals(pasted, editor().getText());
            int checked = editorModel().live().lastResultProperty().get().checkedChars();
            assertEquals(CheckedPrefix.end(pasted), checked);
            // The notice counts as the counter does, what LinkedIn would receive: its figures add up to it.
            int first = org.readerfirst.export.Exporter.linkedInLength(pasted.substring(0, checked),
                    editorModel().typeProperty().get(), editorModel().languageProperty().get());
            int all = org.readerfirst.export.Exporter.linkedInLength(pasted, editorModel().typeProperty().get(),
                    editorModel().languageProperty().get());
            String notice = Messages.get("panel.notice.unchecked", first, all - first);
            assertTrue(noticesShown().contains(notice), noticesShown().toString());

            pauses.reset();
            robot.push(new KeyCodeCombination(KeyCode.END, KeyCombination.SHORTCUT_DOWN)).write(" Kiitos!");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> editorModel().live().lastResultProperty().get() != null
                            && editorModel().live().lastResultProperty().get().snapshot().text().endsWith("Kiitos!"));
            WaitForAsyncUtils.waitForFxEvents();
            report("typing 8 characters after it", pauses);
        }
        assertEquals(pasted + " Kiitos!", editor().getText());
        assertEquals(editor().getText(), editorModel().textProperty().get());

        window.close();
        try (DraftStore store = DraftStore.open(windows.database())) {
            List<Draft> drafts = store.list();
            assertEquals(1, drafts.size());
            assertEquals(pasted + " Kiitos!", drafts.get(0).body());
        }
    }

    /**
     * When the next Ctrl+V starts and when its key event has been handled (nanoTime), in [0] and [1]. The
     * pauses are measured afresh from its end: the paste itself is reported on its own.
     */
    private long[] timePaste(FxPauses pauses) {
        long[] times = new long[2];
        robot.interact(() -> window.stage().getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.V && e.isShortcutDown() && times[0] == 0) {
                times[0] = System.nanoTime();
                // Runs once the FX thread is done with this key event, the paste included.
                Platform.runLater(() -> {
                    times[1] = System.nanoTime();
                    pauses.reset();
                });
            }
        }));
        return times;
    }

    private boolean rulesAndGrammarShown(String pasted) {
        CheckResult shown = editorModel().live().lastResultProperty().get();
        return shown != null && shown.snapshot().text().length() == pasted.length()
                && shown.findings().stream().anyMatch(f -> CheckPanelViewModel.isGrammar(f));
    }

    private List<String> noticesShown() {
        return robot.lookup("#grammar-notices .grammar-notice-text").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }

    private static void report(String when, FxPauses pauses) {
        System.out.printf(Locale.ROOT, "FX pause, worst %s: %.0f ms%n", when, pauses.worstMillis());
        pauses.samples().forEach((where, n) -> System.out.printf(Locale.ROOT, "  %4d x 5 ms  %s%n", n, where));
    }

    /**
     * A bare text area in a window of the app's size takes the same insert: how long the insert took,
     * and the worst FX pause in the second after it, in milliseconds.
     */
    private double[] richTextFxAlone(String text) throws Exception {
        Stage[] bare = new Stage[1];
        StyleClassedTextArea[] area = new StyleClassedTextArea[1];
        robot.interact(() -> {
            area[0] = new StyleClassedTextArea();
            area[0].setWrapText(true);
            Scene scene = new Scene(new VirtualizedScrollPane<>(area[0]), 1200, 800);
            scene.getStylesheets().setAll(Appearance.stylesheets());
            bare[0] = new Stage();
            bare[0].setScene(scene);
            bare[0].show();
        });
        try (FxPauses pauses = FxPauses.start()) {
            long[] insert = new long[2];
            robot.interact(() -> {
                insert[0] = System.nanoTime();
                area[0].replaceText(text);
                insert[1] = System.nanoTime();
                pauses.reset();
            });
            Thread.sleep(1_000);
            WaitForAsyncUtils.waitForFxEvents();
            return new double[] {(insert[1] - insert[0]) / 1e6, pauses.worstMillis()};
        } finally {
            robot.interact(() -> bare[0].hide());
        }
    }

    /**
     * Paragraphs of English and Finnish as a writer's notes mix them, with a typo here and there for
     * the spell checker, some Markdown and hashtags, cut to exactly {@code chars} characters.
     */
    static String mixedText(int chars) {
        String[] english = {
            "We shipped the new onboarding flow last week and the numbers surprised us.",
            "Most teams measure the wrong thing when they talk about developer productivity.",
            "I used to think that more meetings meant better alignment, but I was wrong.",
            "Here is what we learned after interviewing forty customers in three countries.",
            "The hardest part was not the code; it was agreeing on what done means.",
            "If you recieve one piece of advice this year, make it this one.",
            "Our team in Oulu found that short written updates beat long status calls.",
            "**Lesson one:** write the decision down before the meeting ends.",
        };
        String[] finnish = {
            "Julkaisimme viime viikolla uuden käyttöönoton ja luvut yllättivät meidät.",
            "Useimmat tiimit mittaavat väärää asiaa, kun puhutaan kehittäjien tuottavuudesta.",
            "Luulin ennen, että useammat palaverit tarkoittavat parempaa yhteisymmärrystä.",
            "Tässä on se, mitä opimme haastateltuamme neljäkymmentä asiakasta kolmessa maassa.",
            "Vaikein osa ei ollut koodi vaan se, että sovimme mitä valmis tarkoittaa.",
            "Oulun tiimimme huomasi, että lyhyet kirjalliset päivitykset toimivat paremmin kuin pitkät puhelut.",
            "Kirjoita päätös ylös ennen kuin palaveri loppuu, niin kaikki muistavat sen samalla tavalla.",
        };
        Random random = new Random(42);
        StringBuilder text = new StringBuilder(chars + 1_000);
        while (text.length() < chars) {
            String[] language = random.nextInt(3) == 0 ? finnish : english;
            int sentences = 2 + random.nextInt(4);
            for (int i = 0; i < sentences; i++) {
                text.append(i == 0 ? "" : " ").append(language[random.nextInt(language.length)]);
            }
            if (random.nextInt(10) == 0) {
                text.append("\n\n- ").append(language[random.nextInt(language.length)])
                        .append("\n- ").append(language[random.nextInt(language.length)]);
            }
            if (random.nextInt(20) == 0) {
                text.append("\n\n#leadership #johtaminen");
            }
            text.append("\n\n");
        }
        return text.substring(0, chars);
    }
}
