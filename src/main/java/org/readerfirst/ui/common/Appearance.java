package org.readerfirst.ui.common;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * How the window looks: the theme and the editor's font. Every window and dialog asks here for its
 * stylesheets, so one opened after a change looks like the rest; windows already open are told.
 */
public final class Appearance {

    public enum Theme {
        LIGHT, DARK;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The editor's font; a family of null is the stylesheet's own. */
    public record EditorFont(String family, int size) {
        public static final int DEFAULT_SIZE = 15;
        public static final int MIN_SIZE = 10;
        public static final int MAX_SIZE = 32;
        public static final EditorFont DEFAULT = new EditorFont(null, DEFAULT_SIZE);

        public EditorFont {
            size = Math.max(MIN_SIZE, Math.min(MAX_SIZE, size));
        }

        public EditorFont withSize(int newSize) {
            return new EditorFont(family, newSize);
        }

        public EditorFont withFamily(String newFamily) {
            return new EditorFont(newFamily, size);
        }
    }

    static final String BASE = "/assets/css/readerfirst.css";
    static final String DARK = "/assets/css/readerfirst-dark.css";

    private static volatile Theme theme = Theme.LIGHT;
    private static volatile EditorFont font = EditorFont.DEFAULT;
    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

    private Appearance() {
    }

    public static EditorFont font() {
        return font;
    }

    public static void set(Theme newTheme, EditorFont newFont) {
        theme = newTheme;
        font = newFont;
        LISTENERS.forEach(Runnable::run);
    }

    /** Runs {@code restyle} after every change; returns what stops it. */
    public static Runnable onChange(Runnable restyle) {
        LISTENERS.add(restyle);
        return () -> LISTENERS.remove(restyle);
    }

    /** How many windows follow the look now. */
    public static int followers() {
        return LISTENERS.size();
    }

    /** The stylesheets of a window as things are now: the base, the theme's, the editor font's. */
    public static List<String> stylesheets() {
        List<String> sheets = new ArrayList<>();
        sheets.add(resource(BASE));
        if (theme == Theme.DARK) {
            sheets.add(resource(DARK));
        }
        sheets.add(fontSheet(font));
        return sheets;
    }

    /** A stylesheet of one rule for the editors, carried in a data URL. */
    public static String fontSheet(EditorFont f) {
        StringBuilder css = new StringBuilder(".editor, .editor-placeholder { -fx-font-size: ").append(f.size()).append("px;");
        if (f.family() != null) {
            css.append(" -fx-font-family: \"").append(f.family().replace("\"", "")).append("\";");
        }
        css.append(" }");
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String resource(String path) {
        URL css = Appearance.class.getResource(path);
        if (css == null) {
            throw new IllegalStateException("the stylesheet " + path + " is missing from the application");
        }
        return css.toExternalForm();
    }
}
