package org.readerfirst.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The main window's content: menu bar and toolbar on top, drafts | editor | checks in a split pane, and a status
 * line. Owns the commands' keyboard shortcuts and the dialogs they open.
 */
final class MainView {

    static final List<Double> DEFAULT_DIVIDERS = List.of(0.18, 0.7);

    private final MainViewModel vm;
    private final EditorView editor;
    private final SplitPane split;
    private final BorderPane root;
    private final ExportActions exports;

    MainView(MainViewModel vm) {
        this.vm = vm;
        this.exports = new ExportActions(vm.export(), this::window);
        editor = new EditorView(vm.editor(), vm.panel(), this::rename);
        DraftListView drafts = new DraftListView(vm.drafts(), this::newDraft, this::rename, this::delete);
        CheckPanelView panel = new CheckPanelView(vm.panel(), vm.choices(), vm.packs());
        AudienceChooser audience = new AudienceChooser(vm.choices(), vm.audiences().audiences());
        ToolbarView toolbar = new ToolbarView(vm.editor(), editor.area(), this::copyForLinkedIn, audience);
        MenuBarView menu = new MenuBarView(new MenuBarView.Commands(this::newDraft, this::rename, this::delete,
                vm.choices()::markPublished, this::reloadPacks, this::quit, editor.area()::undo, editor.area()::redo, this::copyForLinkedIn,
                this::audiences, this::turnedOff), vm.grammarChoices());
        menu.addExport(exports::export);

        split = new SplitPane(drafts.root(), editor.root(), panel.root());
        split.getStyleClass().add("main-split");
        SplitPane.setResizableWithParent(drafts.root(), false);
        SplitPane.setResizableWithParent(panel.root(), false);
        setDividers(DEFAULT_DIVIDERS);

        root = new BorderPane(split, new VBox(menu.root(), toolbar.root()), null, statusBar(), null);
        root.getStyleClass().add("main");
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("status-text");
        status.textProperty().bind(vm.statusProperty());
        vm.statusIsErrorProperty().addListener((obs, was, now) -> ToolbarView.toggle(status, "status-error", now));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label grammar = new Label();
        grammar.setId("grammar-status");
        grammar.getStyleClass().add("status-text");
        grammar.setMinWidth(Label.USE_PREF_SIZE);
        grammar.textProperty().bind(vm.grammarStatusProperty());
        Tooltip detail = new Tooltip();
        detail.setWrapText(true);
        detail.setMaxWidth(420);
        detail.textProperty().bind(vm.grammarDetailProperty());
        grammar.setTooltip(detail);
        HBox bar = new HBox(status, spacer, grammar);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** Ctrl+S and F5, which have no menu item of their own; the menu brings the other shortcuts. */
    void installShortcuts(Scene scene) {
        var accelerators = scene.getAccelerators();
        accelerators.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), vm::saveNow);
        accelerators.put(new KeyCodeCombination(KeyCode.F5), this::reloadPacks);
    }

    private void reloadPacks() {
        vm.packs().reload();
    }

    private void audiences() {
        new AudiencesDialog(window(), vm.audiences()).showAndWait();
    }

    private void turnedOff() {
        new TurnedOffDialog(window(), vm.choices(), vm.grammarChoices(), vm.packs()).showAndWait();
    }

    /** Closes the window as its close button would, so the last keystrokes are saved first. */
    private void quit() {
        Window w = window();
        if (w != null) {
            w.fireEvent(new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST));
            w.hide();
        }
    }

    private void newDraft() {
        vm.newDraft().thenRun(() -> editor.area().requestFocus());
    }

    private void rename() {
        if (vm.editor().current() == null) {
            return;
        }
        Dialogs.askTitle(window(), vm.editor().current().title()).ifPresent(vm::renameOpenDraft);
    }

    private void delete() {
        if (vm.editor().current() != null && Dialogs.confirmDelete(window(), vm.editor().current().title())) {
            vm.deleteOpenDraft();
        }
    }

    private void copyForLinkedIn() {
        exports.copyForLinkedIn();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    List<Double> dividers() {
        List<Double> out = new ArrayList<>();
        for (double d : split.getDividerPositions()) {
            out.add(d);
        }
        return out;
    }

    void setDividers(List<Double> positions) {
        if (positions.size() == split.getDividers().size()) {
            split.setDividerPositions(positions.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    /** Puts the caret in the editor once the window is up, so the writer can type at once. */
    void focusEditor() {
        Platform.runLater(() -> editor.area().requestFocus());
    }

    EditorView editor() {
        return editor;
    }

    Parent root() {
        return root;
    }

    void dispose() {
        editor.dispose();
    }
}
