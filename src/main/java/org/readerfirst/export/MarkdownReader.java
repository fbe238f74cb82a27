package org.readerfirst.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readerfirst.core.lang.TextBytes;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;

/**
 * Reads a {@code .md} or {@code .txt} file's bytes as a new draft. The title comes from the front
 * matter, else the first Markdown heading, else the file name; the text is kept as written. A file
 * that is not text ({@link TextBytes}: UTF-8, or UTF-16 by its mark) is refused with a message that says why.
 */
public final class MarkdownReader {

    /** The extensions that can be imported, lower-case. */
    public static final List<String> EXTENSIONS = List.of(".md", ".markdown", ".txt");

    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}[ \\t]+(.+?)[ \\t#]*$", Pattern.MULTILINE);

    // The line that closes the front matter; only \n ends a line here, so a \r before it is part of the match.
    private static final Pattern FRONT_END = Pattern.compile("^(---|\\.\\.\\.)[ \\t]*\\r?$",
            Pattern.MULTILINE | Pattern.UNIX_LINES);

    private MarkdownReader() {
    }

    /**
     * @param fileName the file's name, for its extension, the fallback title and messages
     * @param now the created and updated time of a draft whose file does not give them
     * @throws IllegalArgumentException with a one-line reason if the file cannot be imported
     */
    public static DraftFile read(String fileName, byte[] bytes, Instant now) {
        String extension = extension(fileName);
        if (!EXTENSIONS.contains(extension)) {
            throw new IllegalArgumentException("only .md and .txt files can be imported");
        }
        String text = decode(bytes);
        String yaml = null;
        String body = text;
        String firstLine = text.lines().findFirst().orElse("");
        if (firstLine.strip().equals(MarkdownFormat.FENCE)) {
            int start = text.indexOf('\n') + 1;
            Matcher end = FRONT_END.matcher(text);
            if (start > 0 && end.find(start)) {
                yaml = text.substring(start, end.start());
                body = stripOneBlankLine(text.substring(Math.min(text.length(), end.end() + 1)));
            }
        }
        Map<?, ?> front = yaml == null ? Map.of() : front(yaml);
        String stem = fileName.substring(0, fileName.length() - extension.length());
        // A title in the front matter is kept even when empty: that is how the draft was exported.
        String title = front.containsKey("title") ? Objects.requireNonNullElse(text(front, "title"), "") : null;
        if (title == null) {
            Matcher heading = HEADING.matcher(body);
            title = heading.find() ? heading.group(1).strip() : stem.strip();
        }
        return new DraftFile(title.strip(), body,
                value(front, "type", ContentType.POST, ContentType::fromId),
                value(front, "language", Language.AUTO, Language::fromId),
                value(front, "status", "draft", s -> s),
                tags(front.get("tags")),
                value(front, "created", now, Instant::parse),
                value(front, "updated", now, Instant::parse));
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
    }

    private static String decode(byte[] bytes) {
        try {
            return TextBytes.decode(bytes);
        } catch (TextBytes.NotText e) {
            throw new IllegalArgumentException(switch (e.problem()) {
                case BINARY -> "it is a binary file, not text";
                case NOT_UTF8 -> "it is not UTF-8 text (save it as UTF-8 and import it again)";
                case BROKEN_UTF16 -> "it starts like UTF-16 text but is not (save it as UTF-8 and import it again)";
            });
        }
    }

    private static String stripOneBlankLine(String rest) {
        if (rest.startsWith("\r\n")) {
            return rest.substring(2);
        }
        return rest.startsWith("\n") ? rest.substring(1) : rest;
    }

    private static Map<?, ?> front(String yaml) {
        try {
            return MarkdownFormat.parseFront(yaml);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("its front matter (between the --- lines) is not valid YAML: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> T value(Map<?, ?> front, String key, T fallback, Parser<T> parser) {
        String text = text(front, key);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return parser.parse(text.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("its front matter's " + key + " '" + text.strip() + "' is not valid"
                    + (e instanceof DateTimeParseException ? " (expected a time like 2025-03-01T09:30:00Z)"
                    : ": " + e.getMessage()));
        }
    }

    private static String text(Map<?, ?> front, String key) {
        Object v = front.get(key);
        return v == null || v instanceof Map || v instanceof Collection ? null : String.valueOf(v);
    }

    private static List<String> tags(Object value) {
        List<String> tags = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            for (Object o : list) {
                if (o != null && !String.valueOf(o).isBlank()) {
                    tags.add(String.valueOf(o).strip());
                }
            }
        } else if (value != null) {
            for (String t : String.valueOf(value).split(",")) {
                if (!t.isBlank()) {
                    tags.add(t.strip());
                }
            }
        }
        return tags;
    }
}
