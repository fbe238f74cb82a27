package org.readerfirst.ui.preview;

import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.reactfx.EventStreams;
import org.reactfx.Subscription;
import org.readerfirst.ui.common.Accessible;
import org.readerfirst.ui.common.Controls;
import org.readerfirst.ui.common.Icons;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.editor.EditorViewModel;

/**
 * The preview pane beside the editor: the post as a LinkedIn feed card shows it, with "…see more" at
 * the fold of a desktop or a phone and the hidden rest dimmed below, updated after a pause in typing.
 */
public final class PreviewPaneView {

    static final Duration PAUSE = Duration.ofMillis(250);
    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final double DESKTOP_WIDTH = 552;
    private static final double MOBILE_WIDTH = 360;

    private final PreviewPaneViewModel vm;
    private final VBox root;
    private final Subscription updates;

    public PreviewPaneView(PreviewPaneViewModel vm, EditorViewModel editor) {
        this.vm = vm;
        Text visible = text("preview-visible", "preview-text");
        visible.textProperty().bind(vm.visibleProperty());
        Text more = text("preview-more", "preview-more");
        more.textProperty().bind(vm.hiddenProperty().map(h -> h.isEmpty() ? "" : " " + Messages.get("preview.more")));
        TextFlow above = new TextFlow(visible, more);
        above.getStyleClass().add("preview-flow");

        Label fold = new Label(Messages.get("preview.fold"));
        fold.getStyleClass().add("preview-fold");
        fold.setWrapText(true);
        Text rest = text("preview-hidden", "preview-hidden");
        rest.textProperty().bind(vm.hiddenProperty());
        TextFlow below = new TextFlow(rest);
        below.getStyleClass().add("preview-flow");
        VBox hiddenPart = new VBox(4, fold, below);
        hiddenPart.visibleProperty().bind(vm.hiddenProperty().isNotEmpty());
        hiddenPart.managedProperty().bind(hiddenPart.visibleProperty());

        Label author = new Label(Messages.get("preview.author"));
        author.getStyleClass().add("preview-author");
        Label when = new Label(Messages.get("preview.when"));
        when.getStyleClass().add("preview-when");
        Region avatar = new Region();
        avatar.getStyleClass().add("preview-avatar");
        HBox byline = new HBox(8, avatar, new VBox(author, when));

        VBox card = new VBox(10, byline, above, hiddenPart);
        card.setId("preview-card");
        card.getStyleClass().add("preview-card");
        card.maxWidthProperty().bind(vm.mobileProperty().map(m -> m ? MOBILE_WIDTH : DESKTOP_WIDTH));
        VBox holder = new VBox(card);
        holder.getStyleClass().add("preview-holder");
        ScrollPane scroll = new ScrollPane(holder);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("preview-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label count = new Label();
        count.setId("preview-count");
        count.getStyleClass().add("preview-count");
        count.textProperty().bind(vm.countProperty());
        vm.overLimitProperty().addListener((obs, was, now) -> Controls.toggle(count, "over-limit", now));

        root = new VBox(header(), scroll, count);
        root.setId("preview-pane");
        root.getStyleClass().add("preview-pane");
        // As narrow as its header allows, in either language: every button of it whole.
        root.setMinWidth(Region.USE_COMPUTED_SIZE);
        updates = EventStreams.merge(EventStreams.changesOf(editor.textProperty()),
                        EventStreams.changesOf(editor.typeProperty()), EventStreams.changesOf(editor.languageProperty()))
                .successionEnds(PAUSE)
                .filter(change -> vm.openProperty().get())
                .subscribe(change -> vm.refresh());
        if (vm.openProperty().get()) {
            vm.refresh();
        }
    }

    private static Text text(String id, String styleClass) {
        Text t = new Text();
        t.setId(id);
        t.getStyleClass().add(styleClass);
        return t;
    }

    private HBox header() {
        Label title = new Label(Messages.get("preview.title"));
        title.getStyleClass().add("pane-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        ToggleGroup devices = new ToggleGroup();
        ToggleButton desktop = device("preview.desktop", "preview-desktop", devices);
        ToggleButton mobile = device("preview.mobile", "preview-mobile", devices);
        devices.selectToggle(vm.mobileProperty().get() ? mobile : desktop);
        // A device stays chosen: clicking the chosen one again does not leave neither.
        devices.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                devices.selectToggle(was);
            } else {
                vm.mobileProperty().set(now == mobile);
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button close = new Button(null, Icons.of(Icons.CLOSE));
        close.setId("close-preview");
        Accessible.named(close, "preview.close.accessible");
        close.setTooltip(new Tooltip(Messages.get("preview.close.tooltip")));
        close.setOnAction(e -> vm.openProperty().set(false));
        close.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(8, title, desktop, mobile, gap, close);
        header.getStyleClass().add("beside-header");
        return header;
    }

    private static ToggleButton device(String key, String id, ToggleGroup group) {
        ToggleButton b = new ToggleButton(Messages.get(key));
        b.setId(id);
        b.setToggleGroup(group);
        b.setTooltip(new Tooltip(Messages.get(key + ".tooltip")));
        b.setAccessibleText(Messages.get(key + ".accessible"));
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** View › Preview pane, ticked while the pane is open. */
    public static CheckMenuItem menuItem(PreviewPaneViewModel vm) {
        CheckMenuItem item = new CheckMenuItem(Messages.get("menu.view.preview"));
        item.setId("menu-view-preview");
        item.setAccelerator(SHORTCUT);
        item.selectedProperty().bindBidirectional(vm.openProperty());
        return item;
    }

    public Node root() {
        return root;
    }

    public void dispose() {
        updates.unsubscribe();
    }
}
