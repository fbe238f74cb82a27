package org.readerfirst.ui.preview;

/**
 * Where LinkedIn's feed folds a post behind "…see more": after so many characters or so many lines,
 * whichever comes first. A cut inside a word moves back to the word's start, as the feed does.
 *
 * @param visible the text shown above the fold
 * @param hidden the rest, shown once the reader clicks; empty when the whole post shows
 */
record PreviewFold(String visible, String hidden) {

    /** How far back a cut may move to fall between words rather than inside one. */
    private static final int WORD_BACKTRACK = 30;

    /**
     * @param foldChars characters (code points: a styled letter counts once) shown before the fold
     * @param foldLines lines shown before the fold
     */
    static PreviewFold of(String text, int foldChars, int foldLines) {
        int length = text.length();
        int byChars = text.codePointCount(0, length) <= foldChars ? length : text.offsetByCodePoints(0, foldChars);
        int byLines = length;
        int lines = 0;
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) == '\n' && ++lines == foldLines) {
                byLines = i;
                break;
            }
        }
        int cut = Math.min(byChars, byLines);
        if (cut >= length || text.substring(cut).isBlank()) {
            return new PreviewFold(text, "");
        }
        if (cut == byChars && !Character.isWhitespace(text.charAt(cut))) {
            int space = cut - 1;
            while (space > 0 && !Character.isWhitespace(text.charAt(space))) {
                space--;
            }
            if (space > 0 && cut - space <= WORD_BACKTRACK) {
                cut = space;
            }
        }
        return new PreviewFold(text.substring(0, cut).stripTrailing(), text.substring(cut).strip());
    }

    boolean folded() {
        return !hidden.isEmpty();
    }
}
