package org.readerfirst.ui.app;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
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
import org.reactfx.Subscription;
import org.readerfirst.ui.audiences.AudienceChooser;
import org.readerfirst.ui.audiences.AudiencesDialog;
import org.readerfirst.ui.common.Accessible;
import org.readerfirst.ui.common.Appearance;
import org.readerfirst.ui.common.Dialogs;
import org.readerfirst.ui.common.Icons;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.editor.EditorView;
import org.readerfirst.ui.editor.FindingNavigation;
import org.readerfirst.ui.editor.MarkdownToggle;
import org.readerfirst.ui.library.DraftCell;
import org.readerfirst.ui.library.DraftFilterBar;
import org.readerfirst.ui.library.DraftItem;
import org.readerfirst.ui.library.DraftListView;
import org.readerfirst.ui.library.LibraryMenu;
import org.readerfirst.ui.library.TrashDialog;
import org.readerfirst.ui.panel.CheckPanelView;
import org.readerfirst.ui.panel.TurnedOffDialog;
import org.readerfirst.ui.preview.PreviewPaneView;
import org.readerfirst.ui.publishing.BeforePostingViewModel;
import org.readerfirst.ui.publishing.ExportActions;
import org.readerfirst.ui.publishing.PublishingLogWindow;
import org.readerfirst.ui.revisions.RevisionsDialog;
import org.readerfirst.ui.source.SourcePaneView;

/**
 * The main window's content: menu bar and toolbar on top, drafts | editor | checks in a split pane, and a status
 * line. Owns the commands' keyboard shortcuts and the dialogs they open.
 */
public final class MainView {

    static final List<Double> DEFAULT_DIVIDERS = List.of(0.18, 0.7);

    private final MainViewModel vm;
    private final WindowModels models;
    private final EditorView editor;
    private final CheckPanelView panel;
    private final DraftFilterBar filters;
    private final MainPanes panes;
    private final BorderPane root;
    private final Subscription restores;
    private final Subscription guidanceRequests;
    private final HelpMenu help;
    private EditorView besideEditor;
    private final EditorSide editorSide;
    private final PreviewPaneView preview;
    /** The outer dividers as they were before a pane opened beside the editor; null while none is open. */
    private List<Double> dividersBeforePanes;
    private final ExportActions exports;

    public MainView(MainViewModel vm) {
        this.vm = vm;
        this.models = vm.models();
        this.exports = new ExportActions(models.export(), this::window);
        editor = new EditorView(models.editor(), models.panel(), this::rename);
        filters = new DraftFilterBar(models.library());
        DraftListView drafts = new DraftListView(models.drafts(), filters, this::newDraft,
                new DraftCell.Actions(this::rename, this::delete, models.library(), models.drafts(), vm::openBeside,
                        this::editTags));
        panel = new CheckPanelView(models.panel(), models.choices(), models.packs());
        AudienceChooser audience = new AudienceChooser(models.choices(), models.audiences().audiences());
        ToolbarView toolbar = new ToolbarView(models.editor(), editor.area(), this::copyForLinkedIn, audience);
        MenuBarView menu = new MenuBarView(new MenuBarView.Commands(this::newDraft, this::rename, this::delete,
                models.choices()::markPublished, this::reloadPacks, this::quit, editor.area()::undo, editor.area()::redo, this::copyForLinkedIn,
                this::audiences, this::turnedOff, this::duplicate, this::openBeside, this::trash, this::publishingLog,
                () -> editor.toggleMarkup(MarkdownToggle.BOLD), () -> editor.toggleMarkup(MarkdownToggle.ITALIC)),
                models.grammarChoices());
        new LibraryMenu(models.libraryFiles(), this::window).addTo(menu.file(), "menu-file-reload");
        menu.addToFile(
                MenuBarView.item("menu.file.keeprevision", models.revisions()::keepNow, new KeyCodeCombination(KeyCode.S,
                        KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
                MenuBarView.item("menu.file.revisions", this::revisions, new KeyCodeCombination(KeyCode.H,
                        KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)));
        restores = models.revisions().restores().subscribe(editor::replaceAll);
        help = new HelpMenu(() -> models.editor().live().engine().book(), this::window, vm::removeSamples);
        menu.root().getMenus().addAll(ViewMenu.of(models.appearance()), help.menu(menu.root()));
        addNavigation(menu);
        guidanceRequests = models.panel().guidanceRequests().subscribe(help::showGuidance);
        menu.addExport(exports::export);

        editorSide = new EditorSide(editor.root());
        SourcePaneView source = new SourcePaneView(models.sourcePane(), editor, this::window);
        editorSide.add(source.root(), models.sourcePane().openProperty().get());
        models.sourcePane().openProperty().addListener((obs, was, now) -> editorSide.show(source.root(), now));
        preview = new PreviewPaneView(models.preview(), models.editor());
        editorSide.add(preview.root(), models.preview().openProperty().get());
        models.preview().openProperty().addListener((obs, was, now) -> editorSide.show(preview.root(), now));
        panes = new MainPanes(drafts.root(), editorSide.root(), panel.root(), DEFAULT_DIVIDERS);
        menu.root().getMenus().stream().filter(m -> "menu-view".equals(m.getId())).findFirst().ifPresent(view -> {
            view.getItems().addAll(new SeparatorMenuItem(), SourcePaneView.menuItem(models.sourcePane()),
                    PreviewPaneView.menuItem(models.preview()));
            view.getItems().addAll(panes.menuItems());
        });

        // A pane opening beside the editor needs room: the drafts list steps aside when the window is too
        // narrow, and the side panes give way; once the panes close, they have their widths back.
        models.sourcePane().openProperty().addListener((obs, was, now) -> besidePanesChanged());
        models.preview().openProperty().addListener((obs, was, now) -> besidePanesChanged());
        panes.crowdedProperty().addListener((obs, was, now) -> {
            if (now) {
                vm.showNotice(Messages.get("status.drafts.aside"));
            }
        });
        root = new BorderPane(panes.root(), new VBox(menu.root(), toolbar.root()), null,
                StatusBar.of(vm), null);
        root.getStyleClass().add("main");
        vm.besideProperty().addListener((obs, was, now) -> showBeside(now));
    }

    private void besidePanesChanged() {
        boolean anyOpen = models.sourcePane().openProperty().get() || models.preview().openProperty().get();
        if (anyOpen && dividersBeforePanes == null) {
            dividersBeforePanes = panes.dividers();
        } else if (!anyOpen && dividersBeforePanes != null) {
            panes.setDividers(dividersBeforePanes);
            dividersBeforePanes = null;
        }
        Platform.runLater(panes::fit);
    }

    /**
     * A second draft splits the editor and the checks in two rows, each its own draft with its own
     * checks; closing it gives the one editor back. The outer dividers stay where the writer put them.
     */
    private void showBeside(BesideViewModel beside) {
        if (besideEditor != null) {
            besideEditor.dispose();
            besideEditor = null;
        }
        if (beside == null) {
            panes.setCentre(editorSide.root(), panel.root());
        } else {
            besideEditor = new EditorView(beside.editor(), beside.panel(), () -> { });
            Accessible.named(besideEditor.area(), "beside.editor.accessible");
            Button close = new Button(Messages.get("beside.close"), Icons.of(Icons.CLOSE));
            close.setId("close-beside");
            Accessible.named(close, "beside.close.accessible");
            close.setTooltip(new Tooltip(Messages.get("beside.close.tooltip")));
            close.setOnAction(e -> vm.openBeside(null));
            Label label = new Label();
            label.textProperty().bind(beside.editor().typeProperty().map(
                    type -> Messages.get("beside.header", Messages.of("type", type.id()))));
            label.getStyleClass().add("pane-title");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox header = new HBox(8, label, gap, close);
            header.getStyleClass().add("beside-header");
            VBox.setVgrow(besideEditor.root(), Priority.ALWAYS);
            VBox lower = new VBox(header, besideEditor.root());
            lower.setId("beside-pane");
            CheckPanelView besidePanel = new CheckPanelView(beside.panel(), beside.choices(), models.packs());
            besidePanel.root().setId("beside-checks");
            SplitPane editors = stacked(editorSide.root(), lower);
            SplitPane panels = stacked(panel.root(), besidePanel.root());
            editors.getDividers().get(0).positionProperty()
                    .bindBidirectional(panels.getDividers().get(0).positionProperty());
            panes.setCentre(editors, panels);
        }
    }

    private static SplitPane stacked(Node top, Node bottom) {
        SplitPane pane = new SplitPane(top, bottom);
        pane.setOrientation(Orientation.VERTICAL);
        pane.getStyleClass().add("beside-split");
        return pane;
    }

    private void duplicate() {
        DraftItem open = models.drafts().selected();
        if (open != null) {
            models.library().duplicate(open);
        }
    }

    /** From the menu: closes the second pane, or asks which draft to open beside the open one. */
    private void openBeside() {
        if (vm.besideProperty().get() != null) {
            vm.openBeside(null);
            return;
        }
        List<DraftItem> others = models.drafts().items().stream().filter(i -> i != models.drafts().selected()).toList();
        if (!others.isEmpty()) {
            ChoiceDialog<DraftItem> ask = new ChoiceDialog<>(others.get(0), others);
            ask.initOwner(window());
            ask.setTitle(Messages.get("beside.choose.title"));
            ask.setHeaderText(Messages.get("beside.choose.header"));
            ask.setGraphic(null);
            ask.getDialogPane().getStylesheets().addAll(Appearance.stylesheets());
            ask.getDialogPane().getStyleClass().add("readerfirst-dialog");
            Accessible.nameButtons(ask);
            ask.getDialogPane().lookupAll(".combo-box").forEach(box -> Accessible.named(box, "beside.choose.header"));
            ask.showAndWait().ifPresent(vm::openBeside);
        }
    }

    private void editTags(DraftItem item) {
        TextInputDialog ask = new TextInputDialog(String.join(", ", item.tagsProperty().get()));
        ask.initOwner(window());
        ask.setTitle(Messages.get("tags.title"));
        ask.setHeaderText(Messages.get("tags.header", item.title()));
        ask.setContentText(Messages.get("tags.label"));
        ask.setGraphic(null);
        ask.getDialogPane().setId("tags-dialog");
        ask.getDialogPane().getStylesheets().addAll(Appearance.stylesheets());
        ask.getDialogPane().getStyleClass().add("readerfirst-dialog");
        Accessible.nameButtons(ask);
        Accessible.named(ask.getEditor(), "tags.label");
        ask.showAndWait().ifPresent(text -> models.library().setTags(item, text));
    }

    private void trash() {
        new TrashDialog(window(), models.trash()).showAndWait();
    }

    private void publishingLog() {
        new PublishingLogWindow(window(), models.publishingLog()).show();
    }

    /** F5, which has no menu item of its own (Ctrl+R reloads too); the menus bring the other shortcuts. */
    void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), this::reloadPacks);
    }

    /** Save now, search the drafts, and next and previous finding: the editor's usual keys. */
    private void addNavigation(MenuBarView menu) {
        KeyCombination.Modifier ctrl = KeyCombination.SHORTCUT_DOWN;
        menu.edit().getItems().addAll(new javafx.scene.control.SeparatorMenuItem(),
                MenuBarView.item("menu.edit.save", vm::saveNow, new KeyCodeCombination(KeyCode.S, ctrl)),
                MenuBarView.item("menu.edit.search", this::searchDrafts, new KeyCodeCombination(KeyCode.F, ctrl)));
        menu.checks().getItems().addAll(0, java.util.List.of(
                MenuBarView.item("menu.checks.next", () -> goToFinding(true), new KeyCodeCombination(KeyCode.F8)),
                MenuBarView.item("menu.checks.previous", () -> goToFinding(false),
                        new KeyCodeCombination(KeyCode.F8, KeyCombination.SHIFT_DOWN)),
                new javafx.scene.control.SeparatorMenuItem()));
        // The questions before a copy can be turned off in their dialog and on again here.
        BeforePostingViewModel before = models.export().beforePosting();
        javafx.scene.control.CheckMenuItem ask = new javafx.scene.control.CheckMenuItem(Messages.get("menu.checks.before"));
        ask.setId("menu-checks-before");
        ask.setOnAction(e -> before.setAsking(ask.isSelected()));
        menu.checks().setOnShowing(e -> ask.setSelected(before.isAsking()));
        menu.checks().getItems().addAll(List.of(new javafx.scene.control.SeparatorMenuItem(), ask));
    }

    /** Searching the drafts shows their list first if it was hidden. */
    private void searchDrafts() {
        panes.draftsShownProperty().set(true);
        filters.focusSearch();
    }

    private void goToFinding(boolean forward) {
        var findings = models.editor().live().currentFindings();
        // From where the selection starts: a revealed finding is selected, and the next one lies beyond it.
        int caret = editor.area().getSelection().getStart();
        (forward ? FindingNavigation.next(findings, caret) : FindingNavigation.previous(findings, caret))
                .ifPresent(f -> {
                    models.panel().reveal(f);
                    models.panel().showCard(f);
                    editor.area().requestFocus();
                });
    }

    private void reloadPacks() {
        models.packs().reload();
    }

    private void audiences() {
        new AudiencesDialog(window(), models.audiences()).showAndWait();
    }

    private void revisions() {
        if (models.editor().current() != null) {
            new RevisionsDialog(window(), models.revisions(), models.editor().current().title()).showAndWait();
        }
    }

    private void turnedOff() {
        new TurnedOffDialog(window(), models.choices(), models.grammarChoices(), models.packs()).showAndWait();
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
        if (models.editor().current() == null) {
            return;
        }
        Dialogs.askTitle(window(), models.editor().current().title()).ifPresent(vm::renameOpenDraft);
    }

    private void delete() {
        if (models.editor().current() != null && Dialogs.confirmDelete(window(), models.editor().current().title())) {
            vm.deleteOpenDraft();
        }
    }

    private void copyForLinkedIn() {
        exports.copyForLinkedIn();
    }

    MainViewModel model() {
        return vm;
    }

    HelpMenu help() {
        return help;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** The dividers as they are with all three panes shown, whether the side panes show or not. */
    List<Double> dividers() {
        return panes.dividers();
    }

    void setDividers(List<Double> positions) {
        panes.setDividers(positions);
    }

    /** Shows or hides the drafts list and the checks as the saved layout had them. */
    void showPanes(WindowLayout layout) {
        panes.draftsShownProperty().set(layout.draftsShown());
        panes.checksShownProperty().set(layout.checksShown());
    }

    /** The layout with the side panes as they show now. */
    WindowLayout withPanes(WindowLayout layout) {
        return layout.withPanes(panes.draftsShownProperty().get(), panes.checksShownProperty().get());
    }

    /** Puts the caret in the editor once the window is up, so the writer can type at once. */
    void focusEditor() {
        Platform.runLater(() -> editor.area().requestFocus());
    }

    public EditorView editor() {
        return editor;
    }

    /** The window's view model, for tests that look at its state. */
    public MainViewModel viewModel() {
        return vm;
    }

    public Parent root() {
        return root;
    }

    public void dispose() {
        restores.unsubscribe();
        guidanceRequests.unsubscribe();
        editor.dispose();
        preview.dispose();
        filters.dispose();
        if (besideEditor != null) {
            besideEditor.dispose();
        }
    }
}
