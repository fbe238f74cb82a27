package org.readerfirst.ui.app;

import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.StoreException;
import org.readerfirst.ui.common.Appearance.EditorFont;
import org.readerfirst.ui.common.Appearance.Theme;
import org.readerfirst.ui.common.Appearance;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.common.SettingValues;
import org.readerfirst.ui.common.StatusLine;
import org.readerfirst.ui.common.StoreWriter;

/**
 * The writer's choices of look, kept as settings: light or dark, the editor's font and size, and the
 * window's language (the system's, English or Finnish). Look changes show at once; a new language
 * from the next start, when the window is built in it.
 */
public final class AppearanceViewModel {

    /** The window's language: the system's unless the writer chose one. */
    public enum WindowLanguage {
        SYSTEM, ENGLISH, FINNISH;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        Locale locale() {
            return switch (this) {
                case SYSTEM -> Locale.getDefault();
                case ENGLISH -> Locale.ENGLISH;
                case FINNISH -> new Locale("fi");
            };
        }
    }

    static final String THEME = "appearance.theme";
    static final String FONT_FAMILY = "appearance.editor-font";
    static final String FONT_SIZE = "appearance.editor-size";
    static final String LANGUAGE = "appearance.language";

    private final StoreWriter storeWriter;
    private final StatusLine status;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ObjectProperty<EditorFont> font = new SimpleObjectProperty<>(EditorFont.DEFAULT);
    private final ObjectProperty<WindowLanguage> language = new SimpleObjectProperty<>(WindowLanguage.SYSTEM);

    AppearanceViewModel(StoreWriter storeWriter, StatusLine status) {
        this.storeWriter = storeWriter;
        this.status = status;
        theme.addListener((obs, was, now) -> Appearance.set(now, font.get()));
        font.addListener((obs, was, now) -> Appearance.set(theme.get(), now));
    }

    /**
     * The language the window is built in, read before anything is shown. A setting ReaderFirst does
     * not know counts as the system's language.
     */
    public static Locale windowLocale(DraftStore store) {
        try {
            return store.setting(LANGUAGE).flatMap(v -> parse(WindowLanguage.class, v)).orElse(WindowLanguage.SYSTEM).locale();
        } catch (StoreException e) {
            return Locale.getDefault();
        }
    }

    /** Reads the choices; a value ReaderFirst does not know is named on the status line and the default used. */
    void start(DraftStore store) throws StoreException {
        theme.set(read(store, THEME, Theme.class, Theme.LIGHT));
        language.set(read(store, LANGUAGE, WindowLanguage.class, WindowLanguage.SYSTEM));
        String family = store.setting(FONT_FAMILY).filter(f -> !f.isBlank()).orElse(null);
        if (family != null && !isFontFamily(family)) {
            unknown(FONT_FAMILY, family);
            family = null;
        }
        int size = EditorFont.DEFAULT_SIZE;
        Optional<String> sizeSetting = store.setting(FONT_SIZE);
        if (sizeSetting.isPresent()) {
            Optional<Integer> known = fontSize(sizeSetting.get());
            if (known.isEmpty()) {
                unknown(FONT_SIZE, sizeSetting.get());
            }
            size = known.orElse(EditorFont.DEFAULT_SIZE);
        }
        font.set(new EditorFont(family, size));
        Appearance.set(theme.get(), font.get());
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ReadOnlyObjectProperty<EditorFont> fontProperty() {
        return font;
    }

    public ReadOnlyObjectProperty<WindowLanguage> languageProperty() {
        return language;
    }

    public void chooseTheme(Theme chosen) {
        Theme before = theme.get();
        if (chosen != before) {
            theme.set(chosen);
            write(THEME, chosen.id(), () -> theme.set(before));
        }
    }

    public void chooseFontFamily(String family) {
        EditorFont before = font.get();
        EditorFont after = before.withFamily(family);
        if (!after.equals(before)) {
            font.set(after);
            write(FONT_FAMILY, family == null ? "" : family, () -> font.set(before));
        }
    }

    /** A step larger (positive) or smaller (negative); zero goes back to the default size. */
    public void stepFontSize(int steps) {
        EditorFont before = font.get();
        EditorFont after = before.withSize(steps == 0 ? EditorFont.DEFAULT_SIZE : before.size() + steps);
        if (!after.equals(before)) {
            font.set(after);
            write(FONT_SIZE, Integer.toString(after.size()), () -> font.set(before));
        }
    }

    public void chooseLanguage(WindowLanguage chosen) {
        WindowLanguage before = language.get();
        if (chosen != before) {
            language.set(chosen);
            write(LANGUAGE, chosen.id(), () -> language.set(before));
            status.show(Messages.get("status.language.next", Messages.get("view.language." + chosen.id())));
        }
    }

    private void write(String key, String value, Runnable undo) {
        storeWriter.writeSettingOrUndo(key, value, undo, status::storeFailed);
    }

    private <E extends Enum<E>> E read(DraftStore store, String key, Class<E> type, E fallback) throws StoreException {
        Optional<String> value = store.setting(key);
        if (value.isEmpty()) {
            return fallback;
        }
        Optional<E> known = parse(type, value.get());
        if (known.isEmpty()) {
            unknown(key, value.get());
        }
        return known.orElse(fallback);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A size the menu could have chosen. */
    private static Optional<Integer> fontSize(String value) {
        try {
            int size = Integer.parseInt(value.strip());
            return size >= EditorFont.MIN_SIZE && size <= EditorFont.MAX_SIZE ? Optional.of(size) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A font's name goes into a stylesheet: no quotes, escapes or rule ends, and the length of a name. */
    private static boolean isFontFamily(String family) {
        return SettingValues.isPlainText(family, SettingValues.MAX_ENTRY)
                && family.chars().noneMatch(c -> "\\\"';{}".indexOf(c) >= 0);
    }

    private void unknown(String key, String value) {
        status.settingIgnored(key, value);
    }
}
