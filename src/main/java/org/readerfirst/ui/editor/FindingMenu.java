package org.readerfirst.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.Finding;
import org.readerfirst.grammar.GrammarRuleIds;
import org.readerfirst.ui.common.Messages;

/**
 * The menu on an underlined word (right click, the context-menu key or Shift+F10): the finding's
 * fixes, "Not here", and for grammar findings "Add to dictionary" or "Ignore this rule".
 */
final class FindingMenu {

    private static final int MAX_FIXES = 5;
    private static final KeyCombination SHIFT_F10 = new KeyCodeCombination(KeyCode.F10, KeyCombination.SHIFT_DOWN);

    private final StyleClassedTextArea area;
    private final EditorViewModel editor;
    private final FindingActions panel;
    private final ContextMenu menu = new ContextMenu();

    FindingMenu(StyleClassedTextArea area, EditorViewModel editor, FindingActions panel) {
        this.area = area;
        this.editor = editor;
        this.panel = panel;
        menu.setId("finding-menu");
        area.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::requested);
        // Not every windowing system turns a right click into a menu request (the headless one does
        // not): the press opens the menu itself, and the request that may follow finds it open.
        area.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                openAtMouse(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // Shift+F10 is the keyboard's menu key on Windows and not everywhere else.
            if (SHIFT_F10.match(e) || e.getCode() == KeyCode.CONTEXT_MENU) {
                showAtCaret();
                e.consume();
            }
        });
    }

    private void requested(ContextMenuEvent e) {
        if (e.isKeyboardTrigger()) {
            showAtCaret();
        } else if (!menu.isShowing()) {
            openAtMouse(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
        }
        e.consume();
    }

    private void openAtMouse(double x, double y, double screenX, double screenY) {
        int at = area.hit(x, y).getInsertionIndex();
        if (show(at, screenX, screenY)) {
            area.moveTo(at);
        }
    }

    private void showAtCaret() {
        Optional<Bounds> caret = area.getCaretBounds();
        double x = caret.map(Bounds::getMinX).orElse(area.localToScreen(area.getBoundsInLocal()).getMinX());
        double y = caret.map(Bounds::getMaxY).orElse(area.localToScreen(area.getBoundsInLocal()).getMinY());
        show(area.getCaretPosition(), x, y);
    }

    /** Opens the menu for the findings at {@code position}; false when there are none. */
    boolean show(int position, double screenX, double screenY) {
        List<MenuItem> items = items(editor.live().findingsAt(position));
        menu.hide();
        if (items.isEmpty()) {
            return false;
        }
        menu.getItems().setAll(items);
        menu.show(area, screenX, screenY);
        return true;
    }

    private List<MenuItem> items(List<Finding> findings) {
        List<MenuItem> items = new ArrayList<>();
        for (Finding f : findings) {
            if (!items.isEmpty()) {
                items.add(new SeparatorMenuItem());
            }
            MenuItem message = new MenuItem(f.message());
            message.setDisable(true);
            message.getStyleClass().add("finding-menu-message");
            items.add(message);
            f.suggestions().stream().limit(MAX_FIXES)
                    .forEach(s -> items.add(item("findingmenu-fix", Messages.fix("findingmenu.fix", s),
                            () -> panel.applyFix(f, s))));
            items.add(item("findingmenu-dismiss", Messages.get("findingmenu.dismiss"), () -> panel.dismiss(f)));
            if (f.category() == Category.SPELLING) {
                editor.live().textOf(f).ifPresent(word -> items.add(item("findingmenu-dictionary",
                        Messages.get("findingmenu.dictionary", word), () -> panel.addToDictionary(f))));
            }
            if (GrammarRuleIds.isLanguageTool(f.ruleId())) {
                items.add(item("findingmenu-ignore", Messages.get("findingmenu.ignore"), () -> panel.ignoreRule(f)));
            }
            items.add(item("findingmenu-why", Messages.get("findingmenu.why"), () -> panel.showGuidance(f)));
        }
        return items;
    }

    private static MenuItem item(String styleClass, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.getStyleClass().add(styleClass);
        item.setOnAction(e -> action.run());
        return item;
    }

    ContextMenu menu() {
        return menu;
    }
}
