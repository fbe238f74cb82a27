package org.readerfirst.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.readerfirst.core.model.Language;

/**
 * Every string the window shows, from one bundle in English ({@code messages.properties}) or Finnish
 * ({@code messages_fi.properties}). The bundle follows the system's language unless the writer chose
 * one; it is chosen before the window is built. Patterns use {@link MessageFormat}: write a literal
 * apostrophe as the typographic ’ to keep clear of its quoting rules.
 */
public final class Messages {

    private static final System.Logger LOG = System.getLogger(Messages.class.getName());
    static final String BASE_NAME = "org.readerfirst.ui.common.messages";
    private static volatile ResourceBundle bundle = load(Locale.getDefault());

    private Messages() {
    }

    /**
     * Uses the bundle of the locale's language: Finnish for Finnish, English for everything else. The
     * system's own locale never stands in for the one asked for.
     */
    public static void use(Locale locale) {
        bundle = load(locale);
    }

    private static ResourceBundle load(Locale locale) {
        Locale wanted = "fi".equals(locale.getLanguage()) ? new Locale("fi") : Locale.ROOT;
        return ResourceBundle.getBundle(BASE_NAME, wanted,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language the window speaks, for the checks' messages. */
    public static Language language() {
        return "fi".equals(bundle.getLocale().getLanguage())
                ? Language.FINNISH : Language.ENGLISH;
    }

    private static Locale locale() {
        return language() == Language.FINNISH ? new Locale("fi") : Locale.ENGLISH;
    }

    /** The text for {@code key} with {@code args} filled in; the key itself when it is missing. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.log(System.Logger.Level.WARNING, "missing message " + key);
            return key;
        }
        return new MessageFormat(pattern, locale()).format(args);
    }

    /**
     * A fix's label: "Use “x”", or "Use x" when the fix itself is a quotation, so that it does not
     * stand in two pairs of quotation marks. The key's ".quoted" form carries no marks of its own.
     */
    public static String fix(String key, String replacement) {
        boolean quoted = !replacement.isEmpty() && "\"“”«»„'‘’".indexOf(replacement.charAt(0)) >= 0;
        return get(quoted ? key + ".quoted" : key, replacement);
    }

    /** The text for {@code key} in every language the window speaks, such as each name of a new draft. */
    public static java.util.Set<String> inEveryLanguage(String key) {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (Locale l : new Locale[] {Locale.ENGLISH, new Locale("fi")}) {
            try {
                all.add(load(l).getString(key));
            } catch (MissingResourceException e) {
                LOG.log(System.Logger.Level.WARNING, "missing message " + key);
            }
        }
        return java.util.Set.copyOf(all);
    }

    /** For texts keyed by an enum-like id, such as {@code category.template-message}. */
    public static String of(String prefix, String id) {
        return get(prefix + "." + id);
    }
}
