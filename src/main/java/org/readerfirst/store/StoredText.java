package org.readerfirst.store;

/**
 * The writer's text as SQLite keeps it. SQLite stores UTF-8, which has no form for a lone surrogate
 * (half of an emoji left behind by a cut, or a broken paste); the driver would turn it into '?'. So a
 * lone surrogate is written as the noncharacter U+FFFF and its four hex digits, and a U+FFFF of the
 * text itself as two of them: every text comes back exactly as it was saved.
 */
final class StoredText {

    static final char ESCAPE = '\uFFFF';

    private StoredText() {
    }

    static String encode(String text) {
        if (!needsEscape(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append(ESCAPE).append(String.format("%04x", (int) c));
            } else if (c == ESCAPE) {
                sb.append(ESCAPE).append(ESCAPE);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String decode(String stored) {
        if (stored == null || stored.indexOf(ESCAPE) < 0) {
            return stored;
        }
        StringBuilder sb = new StringBuilder(stored.length());
        for (int i = 0; i < stored.length(); i++) {
            char c = stored.charAt(i);
            if (c != ESCAPE) {
                sb.append(c);
            } else if (i + 1 < stored.length() && stored.charAt(i + 1) == ESCAPE) {
                sb.append(ESCAPE);
                i++;
            } else if (i + 4 < stored.length() && isHex(stored, i + 1)) {
                sb.append((char) Integer.parseInt(stored, i + 1, i + 5, 16));
                i += 4;
            } else {
                // Not written by encode: kept as it stands.
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * As {@link #decode}, for a piece cut from a stored text: an escape cut short at its end is
     * dropped rather than shown as it stands.
     */
    static String decodeCut(String piece) {
        int end = piece.length();
        int escape = piece.lastIndexOf(ESCAPE);
        if (escape >= 0 && escape > end - 5 && !endsEscaped(piece, escape)) {
            end = escape;
        }
        return decode(piece.substring(0, end));
    }

    /** Whether the escape character at {@code at} is the second of a pair or starts a whole escape. */
    private static boolean endsEscaped(String piece, int at) {
        int run = 0;
        for (int i = at; i >= 0 && piece.charAt(i) == ESCAPE; i--) {
            run++;
        }
        return run % 2 == 0 || at + 4 < piece.length() && isHex(piece, at + 1);
    }

    private static boolean needsEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE) {
                return true;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHex(String s, int from) {
        for (int i = from; i < from + 4; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
