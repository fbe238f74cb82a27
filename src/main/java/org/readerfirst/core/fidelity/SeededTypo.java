package org.readerfirst.core.fidelity;

/**
 * A clean text with one real typo put in place of its word.
 *
 * @param text the text with the typo
 * @param start where the typo starts in {@code text}
 */
public record SeededTypo(LabelledText base, TypoPair typo, String text, int start) {

    public int end() {
        return start + typo.misspelt().length();
    }
}
