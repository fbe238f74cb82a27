package org.readerfirst.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The forms a draft can leave the app in, each with the file extension it is saved under. */
public enum ExportFormat {
    /** A LinkedIn post's text: bold and italic as styled Unicode letters, bullets as "•". */
    LINKEDIN("linkedin", "txt"),
    /** An article's body as HTML, for LinkedIn's article editor or a web page. */
    HTML("html", "html"),
    /** The Markdown the draft was written in, normalised. */
    MARKDOWN("markdown", "md"),
    /** The text with the Markdown taken out and nothing styled. */
    TEXT("text", "txt");

    private final String id;
    private final String extension;

    ExportFormat(String id, String extension) {
        this.id = id;
        this.extension = extension;
    }

    public String id() {
        return id;
    }

    public String extension() {
        return extension;
    }

    public static ExportFormat fromId(String id) {
        for (ExportFormat f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "' (expected one of " + ids() + ")");
    }

    public static String ids() {
        return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
    }

    /** The format a file name's extension asks for, or the fallback when it asks for none of them. */
    public static ExportFormat forFileName(String name, ExportFormat fallback) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return HTML;
        }
        if (lower.endsWith(".txt") && fallback.extension().equals("txt")) {
            return fallback;
        }
        return lower.endsWith(".txt") ? LINKEDIN : fallback;
    }
}
