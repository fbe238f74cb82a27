package org.readerfirst.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.readerfirst.ui.app.AppWindow;
import org.readerfirst.ui.app.AppWindows;
import org.readerfirst.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The feed preview in the window: a post longer than the fold, cut with "…see more", desktop and phone. */
class PreviewPaneWindowTest {

    private static final String POST = "We moved support to a four-day week and the numbers surprised us. Response"
            + " times held, sick days fell by a third and hiring got easier. Here is how we measured each one and what"
            + " we would change next time. Ask me anything about the rota.";

    @RegisterExtension
    final AppWindows windows = new AppWindows();

    private final FxRobot robot = new FxRobot();

    private Text text(String id) {
        return robot.lookup(id).queryAs(Text.class);
    }

    @Test
    void a_post_longer_than_the_fold_shows_see_more_and_the_dimmed_rest_and_the_phone_folds_earlier()
            throws Exception {
        windows.open();
        robot.clickOn("#editor").write(POST);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#preview-more").tryQuery().isPresent()
                && !text("#preview-more").getText().isEmpty());

        String desktop = text("#preview-visible").getText();
        assertTrue(desktop.length() <= 210 && POST.startsWith(desktop), desktop);
        assertEquals(" " + Messages.get("preview.more"), text("#preview-more").getText());
        assertEquals(POST.substring(desktop.length()).strip(), text("#preview-hidden").getText());
        assertTrue(text("#preview-hidden").getOpacity() < 1, "the rest is dimmed");
        assertTrue(text("#preview-hidden").isVisible());
        assertEquals(Messages.get("counter", POST.length(), 3000),
                robot.lookup("#preview-count").queryLabeled().getText());

        robot.clickOn("#preview-mobile");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text("#preview-visible").getText().length() < desktop.length());
        String mobile = text("#preview-visible").getText();
        assertTrue(mobile.length() <= 140 && POST.startsWith(mobile), mobile);
        assertEquals(POST.substring(mobile.length()).strip(), text("#preview-hidden").getText());
    }

    @Test
    void the_toolbar_the_preview_and_the_copy_message_give_one_count() throws Exception {
        AppWindow window = windows.open();
        robot.clickOn("#editor").write("Three things we **changed** in our support rota, and what each did. \uD83D\uDC4D\uD83C\uDFFD");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#preview-count").tryQuery().isPresent()
                && !robot.lookup("#preview-count").queryLabeled().getText().isEmpty());
        String toolbar = robot.lookup("#char-counter").queryLabeled().getText();
        assertEquals(toolbar, robot.lookup("#preview-count").queryLabeled().getText());
        // The autosave of the typing says "Saved" on the status line: copy after it has, or it writes over
        // the message. It comes a second after the first unsaved change.
        WaitForAsyncUtils.sleep(3, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        AppWindows.copyAfterQuestions(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#status").queryLabeled().getText()
                .startsWith("Copied"));
        String status = robot.lookup("#status").queryLabeled().getText();
        String count = toolbar.substring(0, toolbar.indexOf(' '));
        assertTrue(status.contains(count), status + " against " + toolbar);
        // The Markdown marks are not counted: fewer than the editor's characters.
        String typed = window.app().view().viewModel().models().editor().textProperty().get();
        assertTrue(Integer.parseInt(count.replace(",", "")) < typed.length(), count + " of " + typed.length());
    }
}
