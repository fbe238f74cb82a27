package org.readerfirst.core.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code in a text: blocks fenced with three backticks and `inline code`. A post about SQL shows
 * {@code SELECT} in capitals and {@code #include} with a hash because the code is written so; the
 * checks of prose leave code alone.
 */
public final class CodeSpans {

    private static final Pattern CODE = Pattern.compile("(?s)```.*?(?:```|\\z)|`[^`\\n]+`");

    private CodeSpans() {
    }

    public static List<Span> find(String text) {
        if (text.indexOf('`') < 0) {
            return List.of();
        }
        List<Span> out = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
        return out;
    }

    /** True when [start, end) lies inside one of the spans. */
    public static boolean inside(List<Span> spans, int start, int end) {
        for (Span s : spans) {
            if (s.start() <= start && end <= s.end()) {
                return true;
            }
        }
        return false;
    }
}
