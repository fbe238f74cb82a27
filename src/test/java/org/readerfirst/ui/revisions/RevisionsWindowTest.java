package org.readerfirst.ui.revisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.store.RevisionReason;
import org.readerfirst.ui.app.AppWindows;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The history of a draft in the window: its revisions compared side by side, and one restored and undone. */
class RevisionsWindowTest {

    private static final String MONDAY = "We shipped the release on Monday. Thanks to the team.";
    private static final String TUESDAY = "We shipped the release on Tuesday. Thanks to the team.";
    private static final String NOW = "Today the release is live.";

    @RegisterExtension
    final AppWindows windows = new AppWindows();

    private final FxRobot robot = new FxRobot();

    /** A draft whose text is {@link #NOW}, with two revisions before it. */
    private void startWithTwoRevisions() throws Exception {
        Stage stage = windows.open(store -> {
            Draft draft = store.create("Release", NOW, ContentType.POST, Language.ENGLISH);
            store.revisions().keep(withBody(draft, MONDAY), RevisionReason.MANUAL);
            store.revisions().keep(withBody(draft, TUESDAY), RevisionReason.AUTO);
        }).stage();
        assertTrue(stage.isShowing());
    }

    private static Draft withBody(Draft d, String body) {
        return new Draft(d.id(), d.title(), body, d.type(), d.language(), d.created(), d.updated());
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private StyleClassedTextArea area(String id) {
        return robot.lookup(id).queryAs(StyleClassedTextArea.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> openHistory(int revisions) throws TimeoutException {
        robot.push(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        waitFor(() -> robot.lookup("#revision-list").tryQuery().isPresent());
        TableView<Object> list = robot.lookup("#revision-list").queryAs(TableView.class);
        waitFor(() -> list.getItems().size() == revisions && list.getSelectionModel().getSelectedIndex() == 0);
        return list;
    }

    private static boolean marked(StyleClassedTextArea area, String text, String word, String styleClass) {
        int at = text.indexOf(word);
        for (int i = at; i < at + word.length(); i++) {
            if (!area.getStyleOfChar(i).contains(styleClass)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void two_revisions_open_side_by_side_with_the_deleted_and_inserted_words_marked() throws Exception {
        startWithTwoRevisions();
        TableView<Object> list = openHistory(2);
        assertTrue(list.isFocused());

        robot.press(KeyCode.SHIFT).push(KeyCode.DOWN).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, list.getSelectionModel().getSelectedItems().size());
        robot.clickOn("#revision-compare");
        waitFor(() -> robot.lookup("#compare-left").tryQuery().isPresent());

        StyleClassedTextArea left = area("#compare-left");
        StyleClassedTextArea right = area("#compare-right");
        assertEquals(MONDAY, left.getText());
        assertEquals(TUESDAY, right.getText());
        assertTrue(marked(left, MONDAY, "Monday", CompareWindow.DELETED));
        assertTrue(marked(right, TUESDAY, "Tuesday", CompareWindow.INSERTED));
        assertFalse(left.getStyleOfChar(MONDAY.indexOf("release")).contains(CompareWindow.DELETED));
        assertFalse(right.getStyleOfChar(TUESDAY.indexOf("team")).contains(CompareWindow.INSERTED));
        assertFalse(right.getStyleSpans(0, right.getLength()).stream()
                .anyMatch(s -> s.getStyle().contains(CompareWindow.DELETED)));
        assertEquals("1 deletion on the left · 1 insertion on the right",
                robot.lookup("#compare-summary").queryAs(Label.class).getText());
        assertFalse(left.isEditable());

        robot.push(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#compare-left").tryQuery().isEmpty());
        robot.clickOn("Close");
    }

    @Test
    void a_restored_revision_replaces_the_text_and_undo_brings_the_text_back() throws Exception {
        startWithTwoRevisions();
        StyleClassedTextArea editor = area("#editor");
        assertEquals(NOW, editor.getText());
        openHistory(2);

        robot.clickOn("#revision-restore");
        waitFor(() -> TUESDAY.equals(editor.getText()));
        assertTrue(robot.lookup("#revision-list").tryQuery().isEmpty());
        assertTrue(editor.isFocused());
        assertTrue(editor.getUndoManager().isUndoAvailable());

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(NOW, editor.getText());

        TableView<Object> list = openHistory(3);
        assertEquals("Before a restore", list.getColumns().get(2).getCellData(0));
    }
}
