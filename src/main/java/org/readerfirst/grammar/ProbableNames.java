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
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        if (word.codePoints().skip(1).anyMatch(Character::isUpperCase)) {
            return true;
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
            return ".!?…:".indexOf(c) >= 0;
        }
        return true;
    }

    private static boolean addressed(String text, int end) {
        return end < text.length() && text.charAt(end) == ',';
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

    private static boolean elsewhereInsideASentence(String text, String word, int except) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
            if (at != except && whole && !atSentenceStart(text, at)) {
                return true;
            }
        }
        return false;
    }
}
