package org.readerfirst.ui.app;

import java.util.Locale;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.ui.audiences.AudienceChooser;
import org.readerfirst.ui.common.Accessible;
import org.readerfirst.ui.common.Controls;
import org.readerfirst.ui.common.Icons;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.editor.EditorViewModel;

/**
 * The bar above the editor: the surface and language of the draft, what was detected, who it is
 * for, undo and redo, Copy for LinkedIn, and the character counter against the surface's limit.
 */
final class ToolbarView {

    private final HBox root;

    ToolbarView(EditorViewModel vm, StyleClassedTextArea area, Runnable copy, AudienceChooser audience) {
        ComboBox<ContentType> type = new ComboBox<>(FXCollections.observableArrayList(ContentType.values()));
        type.setId("content-type");
        type.setConverter(Controls.named("type", ContentType::id));
        type.valueProperty().bindBidirectional(vm.typeProperty());
        type.setTooltip(new Tooltip(Messages.get("toolbar.type.tooltip")));
        type.setAccessibleText(Messages.get("toolbar.type"));

        ComboBox<Language> language = new ComboBox<>(FXCollections.observableArrayList(Language.values()));
        language.setId("language");
        language.setConverter(Controls.named("language", Language::id));
        language.valueProperty().bindBidirectional(vm.languageProperty());
        language.setTooltip(new Tooltip(Messages.get("toolbar.language.tooltip")));
        language.setAccessibleText(Messages.get("toolbar.language"));

        Label detected = new Label();
        detected.setId("detected-language");
        detected.getStyleClass().add("detected");
        detected.textProperty().bind(Bindings.createStringBinding(() -> {
            Language d = vm.live().detectedLanguageProperty().get();
            return d == null ? "" : Messages.get("toolbar.detected", Messages.of("language", d.id()));
        }, vm.live().detectedLanguageProperty()));
        detected.visibleProperty().bind(vm.languageProperty().isEqualTo(Language.AUTO)
                .and(vm.live().detectedLanguageProperty().isNotNull())
                .and(Bindings.createBooleanBinding(() -> !vm.textProperty().get().isBlank(), vm.textProperty())));
        detected.managedProperty().bind(detected.visibleProperty());

        Button undo = iconButton(Icons.UNDO, "toolbar.undo");
        undo.setId("undo");
        undo.disableProperty().bind(Bindings.createBooleanBinding(() -> !area.isUndoAvailable(), area.undoAvailableProperty()));
        undo.setOnAction(e -> area.undo());
        Button redo = iconButton(Icons.REDO, "toolbar.redo");
        redo.setId("redo");
        redo.disableProperty().bind(Bindings.createBooleanBinding(() -> !area.isRedoAvailable(), area.redoAvailableProperty()));
        redo.setOnAction(e -> area.redo());

        Button copyButton = new Button(Messages.get("toolbar.copy"), Icons.of(Icons.COPY));
        copyButton.setId("copy-for-linkedin");
        copyButton.getStyleClass().add("accent");
        copyButton.setTooltip(new Tooltip(Messages.get("toolbar.copy.tooltip")));
        copyButton.setOnAction(e -> copy.run());
        Accessible.named(copyButton, "toolbar.copy.accessible");

        Label counter = new Label();
        counter.setId("char-counter");
        counter.getStyleClass().add("counter");
        counter.textProperty().bind(vm.counterTextProperty());
        vm.overLimitProperty().addListener((obs, was, now) -> Controls.toggle(counter, "over-limit", now));
        Controls.toggle(counter, "over-limit", vm.overLimitProperty().get());
        Tooltip counterTip = new Tooltip();
        counterTip.textProperty().bind(Bindings.createStringBinding(() -> {
            String surface = Messages.of("type", vm.typeProperty().get().id()).toLowerCase(Locale.ROOT);
            int over = vm.limitProperty().get().isPresent()
                    ? vm.textProperty().get().length() - vm.limitProperty().get().getAsInt() : 0;
            return over > 0 ? Messages.get("counter.tooltip.over", over, surface)
                    : Messages.get("counter.tooltip", surface);
        }, vm.typeProperty(), vm.textProperty(), vm.limitProperty()));
        counter.setTooltip(counterTip);
        counter.accessibleTextProperty().bind(vm.counterTextProperty().map(t -> Messages.get("counter.accessible", t)));

        // In a narrow window only the detected language gives way (to an ellipsis); the rest stays whole.
        detected.setMinWidth(0);
        for (Region whole : List.of(copyButton, counter, undo, redo)) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root = new HBox(field("toolbar.type", type), field("toolbar.language", language), detected,
                field("toolbar.audience", audience.node()), spacer,
                undo, redo, new Separator(Orientation.VERTICAL), copyButton, counter);
        root.getStyleClass().add("app-toolbar");
    }

    private static HBox field(String key, Node control) {
        Label label = new Label(Messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        HBox box = new HBox(label, control);
        box.getStyleClass().add("field");
        return box;
    }

    static Button iconButton(String icon, String key) {
        Button b = new Button(null, Icons.of(icon));
        b.getStyleClass().add("icon-button");
        b.setTooltip(new Tooltip(Messages.get(key + ".tooltip")));
        b.setAccessibleText(Messages.get(key));
        return b;
    }


    Node root() {
        return root;
    }
}
