package org.readerfirst.core.rules;

/**
 * How much of a very long text the checks read: all of it up to {@link #MAX_CHARS} characters, else
 * the first {@code MAX_CHARS} cut at the last space before them, so no word is checked half. A LinkedIn
 * article's body is about 110,000 characters; a text past the cap is a paste of something else, and
 * checking all of it would keep the writer waiting for findings nobody reads.
 */
public final class CheckedPrefix {

    public static final int MAX_CHARS = 200_000;

    /** Words longer than this at the cap are cut where the cap falls. */
    private static final int LONGEST_WORD = 1_000;

    private CheckedPrefix() {
    }

    /** Where checking {@code text} stops: its length, or a little before the cap. */
    public static int end(String text) {
        if (text.length() <= MAX_CHARS) {
            return text.length();
        }
        for (int i = MAX_CHARS; i > MAX_CHARS - LONGEST_WORD; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        // Never between the halves of a character outside the Basic Multilingual Plane.
        return Character.isLowSurrogate(text.charAt(MAX_CHARS)) ? MAX_CHARS - 1 : MAX_CHARS;
    }
}
