package org.readerfirst.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Severity;

/** Both bundles hold the same keys, every key is used by the window, and every key used exists. */
class MessageBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/readerfirst/ui");
    /** Keys made from a prefix and an id at run time, with the ids they can take. */
    private static final Map<String, Set<String>> COMPOSED = Map.of(
            "category", ids(Arrays.stream(Category.values()).map(Category::id)),
            "type", ids(Arrays.stream(ContentType.values()).map(ContentType::id)),
            "language", ids(Arrays.stream(Language.values()).map(Language::id)),
            "severity", ids(Arrays.stream(Severity.values()).map(Severity::id)));

    @AfterEach
    void backToEnglish() {
        Messages.use(Locale.ENGLISH);
    }

    @Test
    void the_english_and_finnish_bundles_have_the_same_keys() {
        Set<String> english = keys("messages.properties");
        Set<String> finnish = keys("messages_fi.properties");
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(finnish);
        Set<String> onlyFinnish = new TreeSet<>(finnish);
        onlyFinnish.removeAll(english);
        assertEquals(Set.of(), onlyEnglish, "missing from messages_fi.properties");
        assertEquals(Set.of(), onlyFinnish, "missing from messages.properties");
    }

    @Test
    void every_message_is_used_and_every_key_the_window_asks_for_exists() {
        String code = sources();
        Set<String> keys = keys("messages.properties");
        Set<String> unused = new TreeSet<>();
        for (String key : keys) {
            if (!code.contains('"' + key + '"') && !composed(key, code)) {
                unused.add(key);
            }
        }
        assertEquals(Set.of(), unused, "messages no code uses");

        Set<String> missing = new TreeSet<>();
        Matcher m = Pattern.compile("Messages\\.get\\(\"([a-z0-9_.-]*[a-z0-9_-])\"").matcher(code);
        while (m.find()) {
            if (!keys.contains(m.group(1))) {
                missing.add(m.group(1));
            }
        }
        COMPOSED.forEach((prefix, ids) -> ids.stream().map(id -> prefix + "." + id)
                .filter(k -> !keys.contains(k)).forEach(missing::add));
        assertEquals(Set.of(), missing, "keys the window asks for that no bundle has");
    }

    @Test
    void every_pattern_formats_in_both_languages() {
        for (String file : new String[] {"messages.properties", "messages_fi.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                new MessageFormat(p.getProperty(key), Locale.ROOT).format(new Object[] {1, 2, 3});
            }
        }
    }

    @Test
    void the_window_speaks_the_chosen_language() {
        Messages.use(new Locale("fi", "FI"));
        assertEquals(Language.FINNISH, Messages.language());
        assertEquals("Luonnokset", Messages.get("drafts.header"));
        assertEquals("3 varoitusta", Messages.get("panel.warnings", 3));
        Messages.use(Locale.ENGLISH);
        assertEquals(Language.ENGLISH, Messages.language());
        assertEquals("Drafts", Messages.get("drafts.header"));
        // Any other language gets English, never the system's own.
        Messages.use(Locale.GERMAN);
        assertEquals("Drafts", Messages.get("drafts.header"));
    }

    @Test
    void a_fix_that_is_a_quotation_is_not_quoted_twice() {
        assertEquals("Use “plainer”", Messages.fix("panel.fix", "plainer"));
        assertEquals("Use “Teams that write things down”", Messages.fix("panel.fix", "“Teams that write things down”"));
    }

    private static boolean composed(String key, String code) {
        for (Map.Entry<String, Set<String>> e : COMPOSED.entrySet()) {
            if (key.startsWith(e.getKey() + ".") && e.getValue().contains(key.substring(e.getKey().length() + 1))) {
                return true;
            }
        }
        // A prefix the code completes: "startup.advice." + kind, Messages.of("revisions.reason", id).
        int dot = key.lastIndexOf('.');
        if (dot > 0 && code.contains("Messages.of(\"" + key.substring(0, dot) + "\",")) {
            return true;
        }
        if (dot > 0 && code.contains('"' + key.substring(0, dot + 1) + "\" +")) {
            return true;
        }
        // A key the code completes with a suffix: Dialogs.confirm(owner, "delete", ...) + ".title".
        return dot > 0 && code.contains('"' + key.substring(0, dot) + '"') && code.contains("\"" + key.substring(dot) + '"');
    }

    private static Set<String> ids(Stream<String> ids) {
        return ids.collect(Collectors.toSet());
    }

    private static Set<String> keys(String file) {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    private static Properties load(String file) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(file)) {
            assertTrue(in != null, file + " is missing");
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String sources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
