package org.readerfirst.core.metrics;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a text will show bold or italic letters on LinkedIn, which takes no formatting: letters already
 * styled with Unicode's Mathematical Alphanumeric Symbols, and Markdown emphasis ({@code **bold**},
 * {@code *italic*}, with underscores too) that the export turns into them. Screen readers spell such
 * letters out one by one and search does not find the words.
 */
public final class StyledText {

    private static final int BLOCK_START = 0x1D400;
    private static final int BLOCK_END = 0x1D7FF;
    /** The high surrogate of every code point in the block. */
    private static final char STYLED_HIGH_SURROGATE = Character.highSurrogate(BLOCK_START);

    /** Emphasis on one line, opened by a marker before a non-space and closed by one after a non-space. */
    private static final Pattern EMPHASIS = Pattern.compile(
            "(?<![*\\\\])(\\*{1,3})(?=[^\\s*])([^\\n]*?[^\\s*\\\\])\\1(?!\\*)"
            + "|(?<![\\p{L}\\p{N}_\\\\])(_{1,3})(?=[^\\s_])([^\\n]*?[^\\s_\\\\])\\3(?![\\p{L}\\p{N}_])");

    private StyledText() {
    }

    public static boolean isStyled(int codePoint) {
        return codePoint >= BLOCK_START && codePoint <= BLOCK_END;
    }

    /** The styled stretches of the text in order, each a run of styled letters or one emphasis with its markers. */
    public static List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        // Emphasis needs its markers; styled letters all begin with one high surrogate. A text with
        // neither, as most are, is answered without a scan by the pattern.
        if (text.indexOf('*') >= 0 || text.indexOf('_') >= 0) {
            Matcher m = EMPHASIS.matcher(text);
            while (m.find()) {
                spans.add(new Span(m.start(), m.end()));
            }
        }
        int first = text.indexOf(STYLED_HIGH_SURROGATE);
        int i = first < 0 ? text.length() : first;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isStyled(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int end = i;
            // A run goes on across spaces and punctuation, and ends at the first plain letter or digit.
            while (i < text.length()) {
                int c = text.codePointAt(i);
                if (isStyled(c)) {
                    end = i + Character.charCount(c);
                } else if (Character.isLetterOrDigit(c) || c == '\n') {
                    break;
                }
                i += Character.charCount(c);
            }
            int at = start;
            if (spans.stream().noneMatch(s -> s.contains(at))) {
                spans.add(new Span(start, end));
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        return spans;
    }

    /** The letters that will show styled, out of {@code letters}: every letter of the text. */
    public static int styledLetters(String text, List<Span> spans) {
        int count = 0;
        for (Span s : spans) {
            count += letters(text.substring(s.start(), s.end()));
        }
        return count;
    }

    public static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }

    /** The same words in plain letters, without emphasis markers: the fix for a styled stretch. */
    public static String plain(String styled) {
        Matcher m = EMPHASIS.matcher(styled);
        return unstyle(m.matches() ? (m.group(2) != null ? m.group(2) : m.group(4)) : styled);
    }

    /** The text with every styled letter and digit, of any style, back to its plain form. */
    public static String unstyle(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(isStyled(cp)
                ? Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC)
                : new String(Character.toChars(cp))));
        return out.toString();
    }

    /** True when the text holds a styled letter. */
    public static boolean hasStyled(String text) {
        return text.codePoints().anyMatch(StyledText::isStyled);
    }
}
