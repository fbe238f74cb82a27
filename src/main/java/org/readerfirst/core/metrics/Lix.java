package org.readerfirst.core.metrics;

/**
 * The readability index LIX: words per sentence plus the percentage of words longer than six
 * letters. It counts no syllables, so it serves Finnish and English alike (with bands per language).
 */
public final class Lix {

    private Lix() {
    }

    public static double of(int words, int sentences, int longWords) {
        if (words == 0) {
            return 0;
        }
        return (double) words / Math.max(1, sentences) + 100.0 * longWords / words;
    }

    /** True for a word that LIX counts as long: more than six letters. */
    public static boolean isLong(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                letters++;
            }
        }
        return letters > 6;
    }
}
