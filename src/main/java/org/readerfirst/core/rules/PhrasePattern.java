package org.readerfirst.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.readerfirst.core.lang.FinnishStemmer;
import org.readerfirst.core.lang.Token;
import org.readerfirst.core.lang.Tokenizer;

/**
 * A phrase of a pack compiled for matching. Syntax: words separated by spaces; {@code a|b} offers
 * alternatives at one place (an alternative may be several words joined by '_': {@code i_would|i'd});
 * a trailing {@code ?} makes a place optional. Words match inflected forms, near-misspellings and,
 * between places, up to {@code maxGap} extra words of the same sentence.
 */
final class PhrasePattern {

    /**
     * One word of a pattern: its normal form and the forms it can be matched by.
     *
     * @param exact matches only the very same word: no other inflection, no typo
     */
    record Word(String norm, Set<String> forms, boolean exact) {
    }

    /** One place of the pattern: alternatives, each a run of words. */
    record Slot(List<List<Word>> alternatives, boolean optional) {
    }

    private final String source;
    private final List<Slot> slots;

    private PhrasePattern(String source, List<Slot> slots) {
        this.source = source;
        this.slots = slots;
    }

    static PhrasePattern compile(String phrase, Tokenizer tokenizer) {
        List<Slot> slots = new ArrayList<>();
        for (String part : phrase.trim().split("\\s+")) {
            boolean optional = part.endsWith("?") && part.length() > 1;
            String body = optional ? part.substring(0, part.length() - 1) : part;
            List<List<Word>> alternatives = new ArrayList<>();
            for (String alternative : body.split("\\|", -1)) {
                if (alternative.isEmpty()) {
                    throw new IllegalArgumentException("the phrase '" + phrase + "' has an empty alternative"
                            + " (a '|' with nothing on one side)");
                }
                boolean exact = alternative.startsWith("=");
                List<Word> words = new ArrayList<>();
                for (Token t : tokenizer.tokenize(alternative.replace('_', ' '))) {
                    words.add(exact ? new Word(t.norm(), Set.of(t.norm()), true) : new Word(t.norm(), specific(t.forms()), false));
                }
                if (words.isEmpty()) {
                    // "news!|:" would read as "news": the reader of the pack would expect the colon to count.
                    throw new IllegalArgumentException("the phrase '" + phrase + "' has an alternative with no word in it ('"
                            + alternative + "'): emoji and punctuation are not matched");
                }
                alternatives.add(words);
            }
            if (alternatives.isEmpty()) {
                // Without this place the phrase would match its other words alone, which it never meant.
                throw new IllegalArgumentException("the phrase '" + phrase + "' has a place with no word in it ('"
                        + body + "'): emoji and punctuation are not matched");
            }
            slots.add(new Slot(List.copyOf(alternatives), optional));
        }
        if (slots.isEmpty() || slots.stream().allMatch(Slot::optional)) {
            throw new IllegalArgumentException("the phrase '" + phrase + "' has no words to match");
        }
        return new PhrasePattern(phrase, List.copyOf(slots));
    }

    /**
     * A phrase word written with a possessive suffix ("vaimoni") must keep it in the text: "vaimolleni"
     * matches, "vaimot" does not. Such words carry marked forms; only those (and the word) count.
     */
    private static Set<String> specific(Set<String> forms) {
        Set<String> marked = new java.util.HashSet<>();
        for (String f : forms) {
            if (f.indexOf(FinnishStemmer.POSSESSIVE_MARK) >= 0) {
                marked.add(f);
            }
        }
        if (marked.isEmpty()) {
            return forms;
        }
        return marked;
    }

    /** The words a match can begin with: those of the leading optional places and the first required one. */
    List<Word> entryWords() {
        List<Word> words = new ArrayList<>();
        for (Slot slot : slots) {
            for (List<Word> alternative : slot.alternatives()) {
                words.add(alternative.get(0));
            }
            if (!slot.optional()) {
                break;
            }
        }
        return words;
    }

    String source() {
        return source;
    }

    /**
     * The index after the last token of a match that starts at token {@code first}, or -1.
     */
    int matchAt(List<Token> tokens, int first, int maxGap, WordMatcher matcher) {
        return matchFrom(tokens, 0, first, first, -1, maxGap, matcher);
    }

    private int matchFrom(List<Token> tokens, int slotIndex, int position, int first, int lastSentence,
                          int maxGap, WordMatcher matcher) {
        if (slotIndex == slots.size()) {
            return position;
        }
        Slot slot = slots.get(slotIndex);
        // The first matched word must stand exactly at 'first'; later ones may follow a small gap.
        int widest = position == first ? 0 : maxGap;
        for (int gap = 0; gap <= widest; gap++) {
            int at = position + gap;
            if (at >= tokens.size()) {
                break;
            }
            if (lastSentence >= 0 && tokens.get(at).sentence() != lastSentence) {
                break;
            }
            for (List<Word> alternative : slot.alternatives()) {
                int end = matchRun(tokens, at, alternative, matcher);
                if (end > 0) {
                    int result = matchFrom(tokens, slotIndex + 1, end, first, tokens.get(end - 1).sentence(),
                            maxGap, matcher);
                    if (result > 0) {
                        return result;
                    }
                }
            }
        }
        if (slot.optional()) {
            return matchFrom(tokens, slotIndex + 1, position, first, lastSentence, maxGap, matcher);
        }
        return -1;
    }

    private static int matchRun(List<Token> tokens, int at, List<Word> words, WordMatcher matcher) {
        int i = at;
        for (Word w : words) {
            if (i >= tokens.size() || !matcher.matches(w, tokens.get(i))) {
                return -1;
            }
            if (i > at && tokens.get(i).sentence() != tokens.get(i - 1).sentence()) {
                return -1;
            }
            i++;
        }
        return i;
    }
}
