package org.readerfirst.ui.app;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Window;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.rules.Guide;
import org.readerfirst.core.rules.RuleBook;
import org.readerfirst.core.rules.RulePackLoader;
import org.readerfirst.ui.common.Accessible;
import org.readerfirst.ui.common.Appearance;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.panel.GuidanceWindow;

/**
 * The Help menu: the guidance page (F1), and the keyboard shortcuts read from the menu bar itself, so
 * the list is never out of step with the menus.
 */
final class HelpMenu {

    private final Supplier<RuleBook> book;
    private final Supplier<Window> owner;
    private GuidanceWindow guidance;

    private final Runnable removeSamples;

    HelpMenu(Supplier<RuleBook> book, Supplier<Window> owner, Runnable removeSamples) {
        this.book = book;
        this.owner = owner;
        this.removeSamples = removeSamples;
    }

    Menu menu(MenuBar bar) {
        Menu help = new Menu(Messages.get("menu.help"), null,
                MenuBarView.item("menu.help.guidance", () -> showGuidance(null), new KeyCodeCombination(KeyCode.F1)),
                MenuBarView.item("menu.help.shortcuts", () -> shortcuts(bar), null),
                new javafx.scene.control.SeparatorMenuItem(),
                MenuBarView.item("menu.help.removesamples", removeSamples, null));
        help.setId("menu-help");
        return help;
    }

    /** Opens the guidance at a principle, or where it was. */
    void showGuidance(Category category) {
        if (guidance == null) {
            List<Guide.Section> sections = Guide.of(book.get(),
                    new RulePackLoader(Lemmatizers.stemmers()).categoryTexts(), Messages.language());
            guidance = new GuidanceWindow(owner.get(), sections);
        }
        guidance.show(category);
    }

    GuidanceWindow guidance() {
        return guidance;
    }

    /** Every menu command with a shortcut, menu by menu. */
    static List<String[]> shortcutRows(MenuBar bar) {
        List<String[]> rows = new java.util.ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, plain(menu.getText()), rows);
        }
        return rows;
    }

    private static void collect(Menu menu, String path, List<String[]> rows) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " › " + plain(sub.getText()), rows);
            } else if (item.getAccelerator() != null) {
                rows.add(new String[] {path + " › " + item.getText(), item.getAccelerator().getDisplayText()});
            }
        }
    }

    /** A menu's name as it reads, without the underscore before its Alt+letter. */
    static String plain(String text) {
        int at = text.indexOf('_');
        return at < 0 ? text : text.substring(0, at) + text.substring(at + 1);
    }

    private void shortcuts(MenuBar bar) {
        javafx.scene.control.Dialog<Void> dialog = new javafx.scene.control.Dialog<>();
        dialog.setTitle(Messages.get("shortcuts.title"));
        dialog.setHeaderText(Messages.get("shortcuts.header"));
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.getStyleClass().add("shortcuts");
        grid.setHgap(24);
        grid.setVgap(4);
        int row = 0;
        for (String[] r : shortcutRows(bar)) {
            javafx.scene.control.Label keys = new javafx.scene.control.Label(r[1]);
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, new javafx.scene.control.Label(r[0]), keys);
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid);
        scroll.setPrefSize(560, 420);
        scroll.setFitToWidth(true);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(javafx.scene.control.ButtonType.CLOSE);
        Accessible.nameButtons(dialog);
        dialog.getDialogPane().getStylesheets().addAll(Appearance.stylesheets());
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
        dialog.show();
    }
}
