package org.readerfirst.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.store.RevisionReason;
import org.readerfirst.ui.common.ErrorDialog;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every control of the main window and of its dialogs has a name a screen reader can say: its own
 * accessible text, or a label for it.
 */
class AccessibleNamesWindowTest {

    private static final String TEXT = "In order to utilize the new process, we basically need to leverage "
            + "our synergies. It is very important that we do this in a timely manner going forward.";

    @RegisterExtension
    final AppWindows windows = new AppWindows();

    private final FxRobot robot = new FxRobot();
    private AppWindow window;

    private void start() throws TimeoutException {
        window = windows.open();
    }

    /** Before the window stops: a dialog left open by a failed test closes as its own button closes it. */
    @AfterEach
    void closeDialogs() throws TimeoutException {
        if (window != null) {
            closeAllButTheMain();
        }
    }

    /** The unnamed controls of every window that shows now. */
    private List<String> unnamed() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w.isShowing() && w.getScene() != null) {
                    w.getScene().getRoot().applyCss();
                    AccessibleNames.unnamed(w.getScene().getRoot()).forEach(s -> out.add(title(w) + ": " + s));
                }
            }
            return out;
        }).get();
    }

    private static String title(Window w) {
        return w instanceof Stage s ? String.valueOf(s.getTitle()) : w.getClass().getSimpleName();
    }

    private void waitForFindings() throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#findings").queryAs(ListView.class).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void the_main_window_with_its_panes_and_the_welcome_tour_name_every_control() throws Exception {
        ReaderFirstApp.offerSamples = true;
        start();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#welcome").tryQuery().isPresent());
        waitForFindings();
        // Before the panes open: in a narrow window the drafts list steps aside to make room for them.
        String draft = robot.lookup("#drafts").lookup(".list-cell").query().getAccessibleText();
        assertTrue(draft.matches(".+, (Post|Article|Comment|Message)[^,]*, \\w+, updated .+"), draft);
        robot.interact(() -> {
            window.app().view().viewModel().models().sourcePane().openProperty().set(true);
            window.app().view().viewModel().models().preview().openProperty().set(true);
            MainViewModel vm = window.app().view().viewModel();
            vm.openBeside(vm.models().drafts().items().stream().filter(i -> i != vm.models().drafts().selected()).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#beside-pane").tryQuery().isPresent());
        assertTrue(robot.lookup(".finding-cell").tryQuery().isPresent(), "a finding shows with its buttons");
        assertEquals(List.of(), unnamed());
        String finding = robot.lookup(".finding-cell").query().getAccessibleText();
        assertTrue(finding.matches("(Error|Warning|Hint): .+"), finding);
        assertEquals("Beside: Text of the draft beside", "Beside: " + robot.lookup("#beside-pane")
                .lookup("#editor").query().getAccessibleText());
    }

    @Test
    void the_main_window_names_every_control_in_finnish_too() throws Exception {
        windows.seed(store -> {
            store.putSetting(AppearanceViewModel.LANGUAGE, "finnish");
            store.create("Julkaisu", "Tämä on erittäin tärkeä asia, jonka haluamme kertoa teille kaikille tänään.",
                    ContentType.POST, Language.FINNISH);
        });
        start();
        assertEquals("_Tiedosto", robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(0).getText());
        assertEquals(List.of(), unnamed());
    }

    @Test
    void the_dialogs_own_buttons_are_worded_in_finnish_in_the_finnish_window() throws Exception {
        windows.seed(store -> {
            store.putSetting(AppearanceViewModel.LANGUAGE, "finnish");
            store.create("Julkaisu", "Tämä on erittäin tärkeä asia, jonka haluamme kertoa teille kaikille tänään.",
                    ContentType.POST, Language.FINNISH);
        });
        start();
        for (String[] dialog : new String[][] {{"menu-help-shortcuts", "Sulje"}, {"menu-file-rename", "Peruuta"}}) {
            int before = showing();
            Platform.runLater(() -> menuItem(dialog[0]).fire());
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> showing() > before);
            WaitForAsyncUtils.waitForFxEvents();
            List<String> words = robot.lookup(".dialog-pane .button-bar .button").queryAllAs(Button.class).stream()
                    .filter(b -> b.getScene().getWindow().isShowing()).map(Button::getText).toList();
            assertTrue(words.contains(dialog[1]), dialog[0] + ": " + words);
            assertFalse(words.stream().anyMatch(w -> List.of("Close", "Cancel", "Yes", "No", "Apply").contains(w)),
                    dialog[0] + ": " + words);
            closeAllButTheMain();
        }
    }

    @Test
    void every_dialog_of_the_window_names_every_control() throws Exception {
        windows.seed(store -> {
            Draft draft = store.create("Release", TEXT, ContentType.POST, Language.ENGLISH);
            store.revisions().keep(draft, RevisionReason.MANUAL);
            store.revisions().keep(new Draft(draft.id(), draft.title(), TEXT + " Thanks.", draft.type(), draft.language(),
                    draft.created(), Instant.now()), RevisionReason.AUTO);
            Draft gone = store.create("Old one", "An old draft.", ContentType.POST, Language.ENGLISH);
            store.delete(gone.id());
        });
        start();
        waitForFindings();

        for (String item : List.of("menu-checks-audiences", "menu-file-trash", "menu-file-log",
                "menu-checks-turnedoff", "menu-help-guidance", "menu-help-shortcuts", "menu-file-rename", "menu-file-delete", "menu-file-revisions")) {
            int before = showing();
            Platform.runLater(() -> menuItem(item).fire());
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> showing() > before);
            WaitForAsyncUtils.waitForFxEvents();
            if (item.equals("menu-file-revisions")) {
                compareTwoRevisions();
            }
            assertEquals(List.of(), unnamed(), item);
            closeAllButTheMain();
        }
        Platform.runLater(() -> ErrorDialog.show(robot.window(0), new IllegalStateException("a test")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> showing() > 1);
        assertEquals(List.of(), unnamed(), "the error dialog");
        closeAllButTheMain();
    }

    private void compareTwoRevisions() throws Exception {
        TableView<?> list = robot.lookup("#revision-list").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> list.getItems().size() == 2);
        robot.interact(() -> list.getSelectionModel().selectAll());
        robot.clickOn("#revision-compare");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#compare-left").tryQuery().isPresent());
    }

    private int showing() {
        return (int) Window.getWindows().stream().filter(Window::isShowing).count();
    }

    private void closeAllButTheMain() throws TimeoutException {
        while (showing() > 1) {
            robot.interact(() -> Window.getWindows().stream().filter(Window::isShowing)
                    .filter(w -> !(w instanceof Stage s && s.getTitle() != null && s.getOwner() == null))
                    .reduce((a, b) -> b).ifPresent(AccessibleNamesWindowTest::close));
        }
    }

    /** Closes a dialog with its own button, so it does what it does on closing; any other window is hidden. */
    private static void close(Window w) {
        if (w.getScene().getRoot() instanceof DialogPane pane) {
            // Cancel where there is one, else the default ("Got it", "Close"): never a button that does something.
            ButtonType type = pane.getButtonTypes().stream().filter(t -> t.getButtonData().isCancelButton())
                    .findFirst().orElseGet(() -> pane.getButtonTypes().stream()
                            .filter(t -> t.getButtonData().isDefaultButton()).findFirst().orElseThrow());
            ((Button) pane.lookupButton(type)).fire();
        } else {
            w.hide();
        }
    }

    private MenuItem menuItem(String id) {
        return MenuItems.byId(robot.lookup("#menu-bar").queryAs(MenuBar.class), id);
    }
}
