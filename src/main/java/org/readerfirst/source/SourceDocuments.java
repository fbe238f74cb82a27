package org.readerfirst.source;

import java.util.Locale;
import org.readerfirst.core.curation.SourceText;

/** Turns a source file's content into a {@link SourceText}, by the kind its name says it is. */
public final class SourceDocuments {

    private SourceDocuments() {
    }

    /** @param name the file's name (only its extension is read); {@code .html}, {@code .htm}, {@code .md} or text */
    public static SourceText parse(String name, String content) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || (lower.equals("-") && looksLikeHtml(content))) {
            return HtmlSource.parse(content);
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return MarkdownSource.parse(content);
        }
        return SourceText.of(content);
    }

    private static boolean looksLikeHtml(String content) {
        String head = content.stripLeading();
        head = head.substring(0, Math.min(head.length(), 200)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }
}
