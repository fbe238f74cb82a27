package org.readerfirst.ui.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.readerfirst.ui.app.AppWindows;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** "Copy for LinkedIn" in the real window, read back from the system clipboard. */
class ExportWindowTest {

    @RegisterExtension
    final AppWindows windows = new AppWindows();

    private final FxRobot robot = new FxRobot();

    private void start() throws TimeoutException {
        assertTrue(windows.open().stage() != null);
    }

    private void draft(String type, String text) {
        robot.clickOn("#content-type");
        robot.clickOn(type);
        StyleClassedTextArea editor = robot.lookup("#editor").queryAs(StyleClassedTextArea.class);
        // Focused on the FX thread rather than clicked: a click measures the editor from the test
        // thread, and when a check's underlines arrive meanwhile, the layout that measuring starts
        // touches the scene off the FX thread.
        robot.interact(() -> {
            editor.replaceText(text);
            editor.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    @Test
    void ctrl_shift_c_puts_a_post_on_the_clipboard_as_linkedin_text_only() throws Exception {
        start();
        draft("Post", "**Three lessons** from our pilot:\n\n- ship *small*\n- review the same day");
        robot.push(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        AppWindows.copyAfterQuestions(robot);

        assertEquals("𝗧𝗵𝗿𝗲𝗲 𝗹𝗲𝘀𝘀𝗼𝗻𝘀 from our pilot:\n\n• ship 𝘴𝘮𝘢𝘭𝘭\n• review the same day",
                onFx(() -> Clipboard.getSystemClipboard().getString()));
        assertNull(onFx(() -> Clipboard.getSystemClipboard().getHtml()));
    }

    @Test
    void the_three_questions_come_before_a_copy_not_yet_copies_nothing_and_unticking_stops_the_asking() throws Exception {
        start();
        draft("Post", "Lovely lazy Sunday with my wife and kids at the beach. Perfect weather and the best ice cream.");
        onFx(() -> Clipboard.getSystemClipboard().setContent(java.util.Map.of(javafx.scene.input.DataFormat.PLAIN_TEXT,
                "kept")));
        KeyCodeCombination copy = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

        robot.push(copy);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#before-posting").tryQuery().isPresent());
        Node pane = robot.lookup("#before-posting").query();
        java.util.List<String> shown = robot.from(pane).lookup(".label").queryAllAs(javafx.scene.control.Label.class)
                .stream().map(javafx.scene.control.Label::getText).toList();
        for (String question : java.util.List.of("Does my network get value from this?",
                "Is this my best content, or a Facebook one?", "Would I want ten of these a day from someone else?")) {
            assertTrue(shown.contains(question), shown.toString());
        }
        assertTrue(shown.stream().anyMatch(l -> l.contains("profile visible to everyone")), shown.toString());
        robot.clickOn(robot.from(pane).lookup((javafx.scene.control.Button b) -> "Not yet".equals(b.getText()))
                .queryAs(javafx.scene.control.Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("kept", onFx(() -> Clipboard.getSystemClipboard().getString()));

        robot.push(copy);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#before-ask").tryQuery().isPresent());
        robot.clickOn("#before-ask");
        AppWindows.copyAfterQuestions(robot);
        assertTrue(onFx(() -> Clipboard.getSystemClipboard().getString()).startsWith("Lovely lazy Sunday"));

        onFx(() -> Clipboard.getSystemClipboard().setContent(java.util.Map.of(javafx.scene.input.DataFormat.PLAIN_TEXT,
                "kept")));
        robot.push(copy);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#before-posting").tryQuery().isEmpty());
        assertTrue(onFx(() -> Clipboard.getSystemClipboard().getString()).startsWith("Lovely lazy Sunday"));
    }

    @Test
    void the_menu_item_puts_an_article_on_the_clipboard_as_html_and_plain_text() throws Exception {
        start();
        draft("Article", "# What we learned\n\nReleasing *weekly* was the **safest** choice.\n\n> Small batches.");
        robot.clickOn(robot.from(robot.lookup("#menu-bar").queryAs(Node.class)).lookup("Edit").queryAs(Node.class));
        // The toolbar's button says the same: take the item from the open menu.
        robot.clickOn(robot.from(robot.lookup(".context-menu").queryAll()).lookup("Copy for LinkedIn")
                .queryAs(Node.class));
        AppWindows.copyAfterQuestions(robot);

        assertEquals("<h1>What we learned</h1>\n<p>Releasing <em>weekly</em> was the <strong>safest</strong> choice.</p>\n"
                + "<blockquote>\n<p>Small batches.</p>\n</blockquote>", onFx(() -> Clipboard.getSystemClipboard().getHtml()));
        assertEquals("What we learned\n\nReleasing weekly was the safest choice.\n\n“Small batches.”",
                onFx(() -> Clipboard.getSystemClipboard().getString()));
    }

    @Test
    void the_file_menu_offers_export() throws Exception {
        start();
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        MenuItem export = bar.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-file-exportdraft".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("Export this draft…", export.getText());
        assertEquals(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                export.getAccelerator());
    }
}
