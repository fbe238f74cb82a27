package org.readerfirst.ui.app;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/** The window tests' way to a menu item: by its id, in any menu or submenu of the menu bar. */
final class MenuItems {

    private MenuItems() {
    }

    static MenuItem byId(MenuBar bar, String id) {
        for (Menu m : bar.getMenus()) {
            MenuItem found = find(m, id);
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    private static MenuItem find(Menu menu, String id) {
        for (MenuItem i : menu.getItems()) {
            if (id.equals(i.getId())) {
                return i;
            }
            MenuItem inside = i instanceof Menu sub ? find(sub, id) : null;
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }
}
