package org.readerfirst.core.habits;

import java.util.List;

/**
 * Words that stand in several texts (a stock phrase, an opening), normalized: lower case, words only; a
 * stock phrase of more than eight words (a whole message) ends in "…" after the eighth, an opening is
 * the first eight words of the first sentence.
 *
 * @param draftIds the texts they stand in, oldest first
 */
public record PhraseCount(String phrase, List<Long> draftIds) {

    public PhraseCount {
        draftIds = List.copyOf(draftIds);
    }

    /** How many texts. */
    public int count() {
        return draftIds.size();
    }
}
