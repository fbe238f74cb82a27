package org.readerfirst.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every string the window shows, from one bundle, so a Finnish {@code messages_fi.properties} can be
 * added without touching the views. Patterns use {@link MessageFormat}: write a literal apostrophe
 * as the typographic ’ to keep clear of its quoting rules.
 */
public final class Messages {

    private static final System.Logger LOG = System.getLogger(Messages.class.getName());
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.readerfirst.ui.messages");
    private static final Locale LOCALE = BUNDLE.getLocale().getLanguage().isEmpty()
            ? Locale.ENGLISH : BUNDLE.getLocale();

    private Messages() {
    }

    /** The text for {@code key} with {@code args} filled in; the key itself when it is missing. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            LOG.log(System.Logger.Level.WARNING, "missing message " + key);
            return key;
        }
        return new MessageFormat(pattern, LOCALE).format(args);
    }

    /** For texts keyed by an enum-like id, such as {@code category.template-message}. */
    public static String of(String prefix, String id) {
        return get(prefix + "." + id);
    }
}
