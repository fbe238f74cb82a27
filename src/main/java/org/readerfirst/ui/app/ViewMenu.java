package org.readerfirst.ui.app;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.readerfirst.ui.common.Appearance.EditorFont;
import org.readerfirst.ui.common.Appearance.Theme;
import org.readerfirst.ui.app.AppearanceViewModel.WindowLanguage;
import org.readerfirst.ui.common.Appearance;
import org.readerfirst.ui.common.Messages;

/** The View menu: light or dark, the editor's font and size, the window's language. */
final class ViewMenu {

    /** The editor's font choices: the stylesheet's own, and the three families every system has. */
    static final List<String> FAMILIES = Arrays.asList(null, "Serif", "SansSerif", "Monospaced");

    private ViewMenu() {
    }

    static Menu of(AppearanceViewModel vm) {
        KeyCombination.Modifier ctrl = KeyCombination.SHORTCUT_DOWN;
        Menu theme = choices("view.theme", List.of(Theme.values()), t -> "view.theme." + t.id(), vm.themeProperty(),
                vm::chooseTheme);
        Menu family = choices("view.font", FAMILIES, f -> f == null ? "view.font.default" : "view.font." + f.toLowerCase(),
                vm.fontProperty().map(EditorFont::family), vm::chooseFontFamily);
        Menu language = choices("view.language", List.of(WindowLanguage.values()), l -> "view.language." + l.id(),
                vm.languageProperty(), vm::chooseLanguage);
        Menu view = new Menu(Messages.get("menu.view"), null, theme, family,
                MenuBarView.item("view.larger", () -> vm.stepFontSize(1), new KeyCodeCombination(KeyCode.EQUALS, ctrl)),
                MenuBarView.item("view.smaller", () -> vm.stepFontSize(-1), new KeyCodeCombination(KeyCode.MINUS, ctrl)),
                MenuBarView.item("view.resetsize", () -> vm.stepFontSize(0), new KeyCodeCombination(KeyCode.DIGIT0, ctrl)),
                new SeparatorMenuItem(), language);
        view.setId("menu-view");
        return view;
    }

    private static <T> Menu choices(String key, List<T> values, Function<T, String> label,
                                    javafx.beans.value.ObservableValue<T> current, Consumer<T> choose) {
        Menu menu = new Menu(Messages.get(key));
        menu.setId(key.replace('.', '-'));
        ToggleGroup group = new ToggleGroup();
        for (T value : values) {
            RadioMenuItem item = new RadioMenuItem(Messages.get(label.apply(value)));
            item.setId(label.apply(value).replace('.', '-'));
            item.setToggleGroup(group);
            item.setSelected(java.util.Objects.equals(current.getValue(), value));
            item.setOnAction(e -> choose.accept(value));
            current.addListener((obs, was, now) -> item.setSelected(java.util.Objects.equals(now, value)));
            menu.getItems().add(item);
        }
        return menu;
    }

}
