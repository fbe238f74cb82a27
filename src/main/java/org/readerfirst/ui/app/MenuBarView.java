package org.readerfirst.ui.app;

import java.util.List;
import java.util.Locale;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.readerfirst.grammar.EnglishVariant;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.panel.GrammarChoicesViewModel;

/** The menu bar: every command of the window in one place, with its shortcut. */
final class MenuBarView {

    /** What the menu's items do; the main view owns them and the dialogs they open. */
    record Commands(Runnable newDraft, Runnable rename, Runnable delete, Runnable markPublished, Runnable reloadPacks,
                    Runnable quit, Runnable undo, Runnable redo, Runnable copy, Runnable audiences, Runnable turnedOff,
                    Runnable duplicate, Runnable openBeside, Runnable trash, Runnable publishingLog, Runnable bold,
                    Runnable italic) {
    }

    private static final KeyCombination.Modifier CTRL = KeyCombination.SHORTCUT_DOWN;

    private final MenuBar root;
    private final Menu file;

    MenuBarView(Commands c, GrammarChoicesViewModel grammar) {
        file = new Menu(Messages.get("menu.file"), null,
                item("menu.file.new", c.newDraft(), new KeyCodeCombination(KeyCode.N, CTRL)),
                item("menu.file.duplicate", c.duplicate(), new KeyCodeCombination(KeyCode.D, CTRL)),
                item("menu.file.beside", c.openBeside(), null),
                item("menu.file.rename", c.rename(), new KeyCodeCombination(KeyCode.F2)),
                item("menu.file.delete", c.delete(), null),
                item("menu.file.trash", c.trash(), null),
                new SeparatorMenuItem(),
                item("menu.file.published", c.markPublished(), new KeyCodeCombination(KeyCode.P, CTRL,
                        KeyCombination.SHIFT_DOWN)),
                item("menu.file.log", c.publishingLog(), new KeyCodeCombination(KeyCode.L, CTRL,
                        KeyCombination.SHIFT_DOWN)),
                new SeparatorMenuItem(),
                item("menu.file.reload", c.reloadPacks(), new KeyCodeCombination(KeyCode.R, CTRL)),
                new SeparatorMenuItem(),
                item("menu.file.quit", c.quit(), new KeyCodeCombination(KeyCode.Q, CTRL)));
        Menu edit = new Menu(Messages.get("menu.edit"), null,
                item("menu.edit.undo", c.undo(), new KeyCodeCombination(KeyCode.Z, CTRL)),
                item("menu.edit.redo", c.redo(), new KeyCodeCombination(KeyCode.Y, CTRL)),
                new SeparatorMenuItem(),
                item("menu.edit.bold", c.bold(), new KeyCodeCombination(KeyCode.B, CTRL)),
                item("menu.edit.italic", c.italic(), new KeyCodeCombination(KeyCode.I, CTRL)),
                new SeparatorMenuItem(),
                item("menu.edit.copy", c.copy(), new KeyCodeCombination(KeyCode.C, CTRL, KeyCombination.SHIFT_DOWN)));
        Menu checks = new Menu(Messages.get("menu.checks"), null,
                item("menu.checks.audiences", c.audiences(), null),
                item("menu.checks.turnedoff", c.turnedOff(), null),
                new SeparatorMenuItem(),
                englishVariants(grammar));
        root = new MenuBar(file, edit, checks);
        root.setId("menu-bar");
        root.getStyleClass().add("app-menu");
    }

    /** English from the text, American or British: a setting of every draft, kept in step with the dialog's. */
    private static Menu englishVariants(GrammarChoicesViewModel grammar) {
        Menu menu = new Menu(Messages.get("menu.checks.english"));
        menu.setId("menu-checks-english");
        ToggleGroup group = new ToggleGroup();
        for (EnglishVariant v : EnglishVariant.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.get("menu.checks.english." + v.name().toLowerCase(Locale.ROOT)));
            item.setId("menu-english-" + (v == EnglishVariant.AUTOMATIC ? "auto" : v.languageTag()));
            item.setToggleGroup(group);
            item.setSelected(grammar.variantProperty().get() == v);
            item.setOnAction(e -> grammar.chooseVariant(v));
            grammar.variantProperty().addListener((obs, was, now) -> item.setSelected(now == v));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Adds items to the File menu, above the reload of the rule packs, with a separator after them. */
    void addToFile(MenuItem... items) {
        int at = file.getItems().indexOf(file.getItems().stream()
                .filter(i -> "menu-file-reload".equals(i.getId())).findFirst().orElseThrow());
        file.getItems().add(at, new SeparatorMenuItem());
        file.getItems().addAll(at, List.of(items));
    }

    static MenuItem item(String key, Runnable action, KeyCombination shortcut) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(key.replace('.', '-'));
        EventHandler<ActionEvent> handler = e -> action.run();
        item.setOnAction(handler);
        item.setAccelerator(shortcut);
        return item;
    }

    /** Export… in the File menu, above reloading the rule packs. */
    void addExport(Runnable export) {
        Menu file = root.getMenus().get(0);
        int at = file.getItems().indexOf(file.getItems().stream()
                .filter(i -> "menu-file-reload".equals(i.getId())).findFirst().orElse(null));
        MenuItem item = item("menu.file.exportdraft", export,
                new KeyCodeCombination(KeyCode.E, CTRL, KeyCombination.SHIFT_DOWN));
        file.getItems().addAll(at < 0 ? file.getItems().size() : at, List.of(item, new SeparatorMenuItem()));
    }

    /** The Edit menu, for commands that add their own items to it. */
    Menu edit() {
        return root.getMenus().get(1);
    }

    /** The Checks menu, for commands that add their own items to it. */
    Menu checks() {
        return root.getMenus().get(2);
    }

    /** The File menu, for commands that add their own items to it. */
    Menu file() {
        return root.getMenus().get(0);
    }

    MenuBar root() {
        return root;
    }
}
