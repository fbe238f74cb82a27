package org.readerfirst.grammar;

/**
 * Whether a word a dictionary lacks is probably a name or a term of the writer's field rather than a
 * typo: "Jukka", "Virtanen", "Netvisor", "RevOps", "SBAR". Capitals inside a word say so at once; a
 * capital at the start of a word says so inside a sentence, where only names take one, and at the
 * start of a sentence when the word is addressed ("Jukka, thanks"), signs a message, stands before
 * another capitalised word ("Jukka Virtanen") or stands elsewhere in the text inside a sentence.
 */
final class ProbableNames {

    private ProbableNames() {
    }

    static boolean isName(String text, int start, int end) {
        String word = text.substring(start, end);
        if (word.isEmpty()) {
            return false;
        }
        // Capitals inside a word: "RevOps", "SBAR", and identifiers such as "nameString".
        if (word.codePoints().skip(1).anyMatch(Character::isUpperCase)) {
            return true;
        }
        if (!Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        if (!atSentenceStart(text, start)) {
            return true;
        }
        return addressed(text, end) || beforeCapitalised(text, end) || signature(text, start, end)
                || elsewhereInsideASentence(text, word, start);
    }

    /** True when nothing but opening marks stands between the sentence's end (or the line's start) and here. */
    static boolean atSentenceStart(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (Character.isWhitespace(c) || "\"'“”‘’([{«»-–—•*>".indexOf(c) >= 0) {
                continue;
            }
            return ".!?…".indexOf(c) >= 0;
        }
        return true;
    }

    /** "Jukka, thanks", "Danny: Drucker is", "Kotlin (kotlinlang.org)": named, then spoken to or of. */
    private static boolean addressed(String text, int end) {
        return end < text.length() && (text.charAt(end) == ',' || text.charAt(end) == ':'
                || text.startsWith(" (", end));
    }

    private static boolean beforeCapitalised(String text, int end) {
        int i = end;
        if (i >= text.length() || text.charAt(i) != ' ') {
            return false;
        }
        i++;
        return i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    /** A line of at most three capitalised words and no full stop: "Jukka", "Best, Anna Virtanen". */
    private static boolean signature(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
        String[] words = line.split("[\\s,]+");
        if (words.length > 3 || line.endsWith(".") || line.endsWith("?") || line.endsWith(":")) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The word, or a form of it (the same first letters: "Drucker", "Druckeria"), stands elsewhere
     * with its capital inside a sentence.
     */
    private static boolean elsewhereInsideASentence(String text, String word, int except) {
        String stem = word.substring(0, Math.min(word.length(), STEM));
        for (int at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
            if (at != except && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && !atSentenceStart(text, at)) {
                return true;
            }
        }
        return false;
    }

    /** Letters enough to tell a name's inflected forms for the same name. */
    private static final int STEM = 5;
}
