package org.readerfirst.ui.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.readerfirst.grammar.EnglishVariant;
import org.readerfirst.ui.common.Accessible;
import org.readerfirst.ui.common.Appearance;
import org.readerfirst.ui.common.Messages;

/**
 * Checks turned off...: every guidance check the writer switched off, every grammar rule ignored and
 * every word added to the dictionary, each with its way back; and American or British English.
 */
public final class TurnedOffDialog {

    private final CheckChoicesViewModel choices;
    private final GrammarChoicesViewModel grammar;
    private final RulePacksViewModel packs;
    private final Dialog<Void> dialog = new Dialog<>();
    private final VBox rules = section("turned-off-rows");
    private final VBox ignored = section("ignored-rules-rows");
    private final VBox words = section("dictionary-rows");
    private final List<Runnable> unwatch = new ArrayList<>();

    public TurnedOffDialog(Window owner, CheckChoicesViewModel choices, GrammarChoicesViewModel grammar,
                    RulePacksViewModel packs) {
        this.choices = choices;
        this.grammar = grammar;
        this.packs = packs;
        watch(choices.disabledRules(), this::refreshRules);
        watch(grammar.ignoredRules(), this::refreshIgnored);
        watch(grammar.words(), this::refreshWords);
        dialog.setOnHidden(e -> unwatch.forEach(Runnable::run));

        VBox content = new VBox(heading("turnedoff.rules"), rules, heading("turnedoff.grammar"), ignored,
                heading("turnedoff.words"), words, heading("turnedoff.variant"), variantChooser());
        content.getStyleClass().add("turned-off-rows");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(460, 380);
        scroll.getStyleClass().add("turned-off-scroll");

        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Messages.get("turnedoff.title"));
        dialog.setHeaderText(Messages.get("turnedoff.header"));
        dialog.getDialogPane().setId("turned-off-dialog");
        dialog.getDialogPane().getStylesheets().addAll(Appearance.stylesheets());
        dialog.getDialogPane().getStyleClass().add("readerfirst-dialog");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setPrefWidth(540);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(Messages.get("turnedoff.close"), ButtonData.CANCEL_CLOSE));
        Accessible.nameButtons(dialog);
    }

    private void watch(ObservableList<String> list, Runnable refresh) {
        ListChangeListener<String> listener = c -> refresh.run();
        list.addListener(listener);
        unwatch.add(() -> list.removeListener(listener));
        refresh.run();
    }

    private static VBox section(String id) {
        VBox box = new VBox();
        box.setId(id);
        box.getStyleClass().add("turned-off-rows");
        return box;
    }

    private static Label heading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("turned-off-section");
        return label;
    }

    private void refreshRules() {
        fill(rules, choices.disabledRules(), "turnedoff.none", "turnedoff.turnon", "turn-on-",
                id -> packs.categoryOf(id).map(c -> Messages.of("category", c.id())).orElse(Messages.get("turnedoff.unknown")),
                choices::turnOn);
    }

    private void refreshIgnored() {
        fill(ignored, grammar.ignoredRules(), "turnedoff.grammar.none", "turnedoff.grammar.unignore", "unignore-",
                id -> packs.categoryOf(id).map(c -> Messages.of("category", c.id())).orElse(""), grammar::unignoreRule);
    }

    private void refreshWords() {
        fill(words, grammar.words(), "turnedoff.words.none", "turnedoff.words.remove", "remove-word-",
                null, grammar::removeWord);
    }

    /** One row per item with its button back, or a quiet line when there is none. */
    private static void fill(VBox box, List<String> items, String noneKey, String buttonKey, String idPrefix,
                             Function<String, String> title, Consumer<String> back) {
        if (items.isEmpty()) {
            Label none = new Label(Messages.get(noneKey));
            none.getStyleClass().add("panel-placeholder");
            none.setWrapText(true);
            box.getChildren().setAll(none);
            return;
        }
        box.getChildren().setAll(items.stream().map(item -> row(item, title, buttonKey, idPrefix + item, back)).toList());
    }

    private static Node row(String item, Function<String, String> title, String buttonKey, String buttonId,
                            Consumer<String> back) {
        VBox names = new VBox();
        if (title != null) {
            Label category = new Label(title.apply(item));
            category.getStyleClass().add("turned-off-category");
            names.getChildren().add(category);
        }
        Label id = new Label(item);
        id.getStyleClass().add(title == null ? "turned-off-category" : "turned-off-id");
        names.getChildren().add(id);
        names.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(names, Priority.ALWAYS);
        Button button = new Button(Messages.get(buttonKey));
        button.getStyleClass().add("turn-on");
        button.setId(buttonId);
        Accessible.named(button, buttonKey + ".accessible", title == null ? item : title.apply(item) + " (" + item + ")");
        button.setOnAction(e -> back.accept(item));
        HBox row = new HBox(names, button);
        row.getStyleClass().add("turned-off-row");
        return row;
    }

    private Node variantChooser() {
        ComboBox<EnglishVariant> box = new ComboBox<>();
        box.setId("english-variant");
        Accessible.named(box, "menu.checks.english");
        box.getItems().setAll(EnglishVariant.values());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(EnglishVariant v) {
                return v == null ? "" : Messages.get("menu.checks.english." + v.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public EnglishVariant fromString(String s) {
                return null;
            }
        });
        box.setValue(grammar.variantProperty().get());
        box.valueProperty().addListener((obs, was, now) -> grammar.chooseVariant(now));
        return box;
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
