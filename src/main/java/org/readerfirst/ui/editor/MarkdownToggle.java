package org.readerfirst.ui.editor;

/**
 * Bold and italic as commands: the selection wrapped in Markdown's marks ({@code **} and {@code *}),
 * which Copy for LinkedIn turns into LinkedIn's bold and italic letters; or, when the selection
 * already stands in them, the marks taken away. Spaces at the selection's ends stay outside the
 * marks, where Markdown needs them.
 */
public final class MarkdownToggle {

    public static final String BOLD = "**";
    public static final String ITALIC = "*";

    /** Replace {@code [start, end)} with {@code replacement}, then select {@code [selectStart, selectEnd)}. */
    public record Edit(int start, int end, String replacement, int selectStart, int selectEnd) {
    }

    private MarkdownToggle() {
    }

    public static Edit toggle(String text, int from, int to, String mark) {
        int a = Math.max(0, Math.min(from, to));
        int b = Math.min(text.length(), Math.max(from, to));
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        int m = mark.length();
        // The marks just outside the selection: "**[word]**".
        if (a >= m && b + m <= text.length() && marked(text, a - m, mark) && marked(text, b, mark)) {
            return new Edit(a - m, b + m, text.substring(a, b), a - m, b - m);
        }
        // The marks inside it: "[**word**]".
        if (b - a >= 2 * m && marked(text, a, mark) && marked(text, b - m, mark)) {
            return new Edit(a, b, text.substring(a + m, b - m), a, b - 2 * m);
        }
        return new Edit(a, b, mark + text.substring(a, b) + mark, a + m, b + m);
    }

    /** The mark stands at {@code at} on its own: an italic star is not one half of a bold pair. */
    private static boolean marked(String text, int at, String mark) {
        if (!text.startsWith(mark, at)) {
            return false;
        }
        char c = mark.charAt(0);
        boolean before = at > 0 && text.charAt(at - 1) == c;
        boolean after = at + mark.length() < text.length() && text.charAt(at + mark.length()) == c;
        return mark.length() > 1 || !(before || after);
    }
}
