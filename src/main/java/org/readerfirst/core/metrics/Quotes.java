package org.readerfirst.core.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quoted material: text in quotation marks of several words (double marks, guillemets, and single
 * marks that stand apart from words, as "Quote of the day: ‘…’" has them), and lines that start with '>'.
 */
public final class Quotes {

    private static final Pattern QUOTED = Pattern.compile(
            "[\"\u201c\u201d\u00ab\u00bb]([^\"\u201c\u201d\u00ab\u00bb\\n]{20,})[\"\u201c\u201d\u00ab\u00bb]"
                    + "|(?<![\\p{L}\\p{N}])[\u2018\u2019]([^\u2018\u2019\\n]{20,})\u2019(?![\\p{L}\\p{N}])"
                    + "|(?m)^[ \\t]*>[^\\n]+");

    private Quotes() {
    }

    private static boolean mayQuote(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '"', '\u201c', '\u201d', '\u00ab', '\u00bb', '\u2018', '\u2019', '>' -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }

    public static List<Span> find(String text) {
        if (!mayQuote(text)) {
            return List.of(); // most texts quote nothing; skip the expression's walk over every character
        }
        List<Span> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
        return out;
    }
}
