package org.readerfirst.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readerfirst.core.curation.SourceText;

/**
 * A Markdown file as the text it shows: links and images give their words, not their addresses, and
 * front matter ({@code title:}, {@code author:}, {@code url:} between {@code ---} lines) credits it.
 */
final class MarkdownSource {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?)\\R---\\R", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("(?m)^(title|author|authors|publication|site|url|link)\\s*:\\s*(.+)$");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");

    private MarkdownSource() {
    }

    static SourceText parse(String markdown) {
        String title = "";
        String link = "";
        List<String> credits = new ArrayList<>();
        String body = markdown;
        Matcher front = FRONT_MATTER.matcher(markdown);
        if (front.find()) {
            body = markdown.substring(front.end());
            Matcher f = FIELD.matcher(front.group(1));
            while (f.find()) {
                String value = f.group(2).strip().replaceAll("^[\"']|[\"']$", "");
                switch (f.group(1)) {
                    case "title" -> title = value;
                    case "url", "link" -> link = value;
                    default -> credits.add(value);
                }
            }
        }
        String text = LINK.matcher(IMAGE.matcher(body).replaceAll("$1")).replaceAll("$1");
        return SourceText.of(text).withCredits(title, credits, link);
    }
}
