package org.readerfirst.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readerfirst.core.metrics.StyledText;

/**
 * Bold and italic for text that takes no formatting: the sans-serif letters of Unicode's
 * Mathematical Alphanumeric Symbols, which LinkedIn shows as they are.
 *
 * <p>Only the basic Latin letters (and, in bold, the digits) have such forms. Every other character,
 * Finnish ä, ö and å and the other accented letters among them, stays as it is: a plain "ä" inside a
 * bold word reads a little lighter, where a base letter with a combining mark would break the word
 * for search and for screen readers, and some fonts draw the mark beside the letter.
 */
public final class UnicodeStyles {

    private static final int BOLD_UPPER = 0x1D5D4;
    private static final int BOLD_LOWER = 0x1D5EE;
    private static final int ITALIC_UPPER = 0x1D608;
    private static final int ITALIC_LOWER = 0x1D622;
    private static final int BOLD_ITALIC_UPPER = 0x1D63C;
    private static final int BOLD_ITALIC_LOWER = 0x1D656;
    private static final int BOLD_DIGIT = 0x1D7EC;

    /** Hashtags, mentions and links keep their plain letters: styled ones would no longer work as such. */
    private static final Pattern KEEP_PLAIN =
            Pattern.compile("(?<![\\p{L}\\p{N}_])[#@][\\p{L}\\p{N}_]+|https?://\\S+|www\\.\\S+");

    private UnicodeStyles() {
    }

    /** The text in bold, italic or both, hashtags, mentions and links aside. */
    public static String style(String text, boolean bold, boolean italic) {
        if (!bold && !italic) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() * 2);
        Matcher plain = KEEP_PLAIN.matcher(text);
        int from = 0;
        while (plain.find()) {
            styleInto(out, text, from, plain.start(), bold, italic);
            out.append(plain.group());
            from = plain.end();
        }
        styleInto(out, text, from, text.length(), bold, italic);
        return out.toString();
    }

    private static void styleInto(StringBuilder out, String text, int from, int to, boolean bold, boolean italic) {
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            out.appendCodePoint(styled(cp, bold, italic));
            i += Character.charCount(cp);
        }
    }

    static int styled(int cp, boolean bold, boolean italic) {
        if (cp >= 'A' && cp <= 'Z') {
            return cp - 'A' + (bold && italic ? BOLD_ITALIC_UPPER : bold ? BOLD_UPPER : ITALIC_UPPER);
        }
        if (cp >= 'a' && cp <= 'z') {
            return cp - 'a' + (bold && italic ? BOLD_ITALIC_LOWER : bold ? BOLD_LOWER : ITALIC_LOWER);
        }
        if (cp >= '0' && cp <= '9' && bold) {
            return cp - '0' + BOLD_DIGIT;
        }
        return cp;
    }

    /** True for a letter or digit of the Mathematical Alphanumeric Symbols, of any style. */
    public static boolean isStyled(int cp) {
        return StyledText.isStyled(cp);
    }

    /** The text with every styled letter and digit, of any style, back to its plain form. */
    public static String plain(String text) {
        return StyledText.unstyle(text);
    }
}
