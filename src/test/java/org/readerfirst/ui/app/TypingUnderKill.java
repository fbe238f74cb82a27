package org.readerfirst.ui.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A writer at work until the process is killed: the real window, headless, on the given database
 * file, and {@link #TEXT} typed into the editor one key at a time at a brisk human pace. The real
 * autosave writes the draft meanwhile.
 *
 * <p>Each key is posted to the FX thread as the window system would deliver it (pressed, typed,
 * released, to the focused node), without waiting for the app to take it: a writer does not wait for
 * the screen either, so a key the app had not yet taken when it died counts as typed and lost.
 *
 * <p>The journal says what had been typed, and what the editor held, when the process died. Its
 * first line is {@code text} and what will be typed; then, before each keystroke, {@code <index>
 * <epoch-millis>}, and each time the editor's text changes, {@code editor <length> <epoch-millis>}.
 * Each line is flushed to the operating system, which keeps it when the process is killed. A
 * keystroke is written before the key rather than after: a kill between the two counts a keystroke
 * that did not happen as typed and lost, so the figures can only come out worse than the truth.
 *
 * <p>Run as {@code TypingUnderKill DATABASE JOURNAL} with the headless system properties of the
 * tests; {@code src/test/scripts/kill-test.sh} does. Exits 0 if it typed everything without being
 * killed, 2 if the app could not open the database.
 */
public final class TypingUnderKill {

    /** Sentences of a post, typed over and over: about half a minute of typing, longer than any run. */
    static final String TEXT = ("Most advice on writing for LinkedIn is about the reader, not the writer. "
            + "Say one thing, say it early, and cut every line that does not help. "
            + "Short paragraphs, plain words, and a question at the end, if it is a real one. ").repeat(2);
    private static final int FASTEST_MILLIS = 60;
    private static final int SLOWEST_MILLIS = 100;

    private TypingUnderKill() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: TypingUnderKill DATABASE JOURNAL");
            System.exit(64);
        }
        Path database = Path.of(args[0]).toAbsolutePath();
        Path journal = Path.of(args[1]);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(() -> new ReaderFirstApp(database, database.resolveSibling("rules"), () -> {
            System.err.println("the app could not open " + database);
            Runtime.getRuntime().halt(2);
        }));
        FxRobot robot = new FxRobot();
        robot.clickOn("#editor");
        StyleClassedTextArea editor = robot.lookup("#editor").queryAs(StyleClassedTextArea.class);
        try (BufferedWriter out = Files.newBufferedWriter(journal, StandardCharsets.UTF_8)) {
            out.write("text " + TEXT);
            out.newLine();
            robot.interact(() -> editor.textProperty().addListener((obs, was, now) -> line(out, "editor " + now.length())));
            type(stage.getScene(), out);
        }
        System.exit(0);
    }

    /** A line of the journal and the time, handed to the operating system before the caller goes on. */
    private static void line(BufferedWriter out, String line) {
        synchronized (out) {
            try {
                out.write(line + " " + System.currentTimeMillis());
                out.newLine();
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void type(Scene scene, BufferedWriter out) throws Exception {
        Random pace = new Random();
        for (int i = 0; i < TEXT.length(); i++) {
            long next = System.nanoTime()
                    + TimeUnit.MILLISECONDS.toNanos(FASTEST_MILLIS + pace.nextInt(SLOWEST_MILLIS - FASTEST_MILLIS + 1));
            line(out, Integer.toString(i));
            char key = TEXT.charAt(i);
            Platform.runLater(() -> press(scene, key));
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
    }

    /** What the scene does with a key from the window system: the focused node gets its events. */
    private static void press(Scene scene, char key) {
        EventTarget target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene;
        String text = String.valueOf(key);
        KeyCode code = keyCode(key);
        boolean shift = Character.isUpperCase(key);
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, text, code,
                shift, false, false, false));
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, text, "", KeyCode.UNDEFINED,
                shift, false, false, false));
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, text, code,
                shift, false, false, false));
    }

    private static KeyCode keyCode(char key) {
        return switch (key) {
            case ' ' -> KeyCode.SPACE;
            case '.' -> KeyCode.PERIOD;
            case ',' -> KeyCode.COMMA;
            default -> Character.isLetter(key) ? KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(key)))
                    : KeyCode.UNDEFINED;
        };
    }
}
