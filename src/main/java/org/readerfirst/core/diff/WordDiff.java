package org.readerfirst.core.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readerfirst.core.metrics.Span;

/**
 * Compares two texts word by word, the way a writer reads a change: a word is replaced whole, not
 * letter by letter, and the spaces and punctuation between words count as tokens of their own so
 * that a moved comma does not mark the words around it.
 */
public final class WordDiff {

    // A word (letters and digits in any script, with inner apostrophes or hyphens), a run of spaces, or one other character.
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}\\p{M}]+(?:['’\\-][\\p{L}\\p{N}\\p{M}]+)*|\\s+|.", Pattern.DOTALL);

    private static final Pattern SPACES = Pattern.compile("[\\h]*");

    private WordDiff() {
    }

    public static TextDiff compare(String older, String newer) {
        List<Token> from = tokens(older);
        List<Token> to = tokens(newer);
        List<Span> deleted = new ArrayList<>();
        List<Span> inserted = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(texts(from), texts(to)).getDeltas()) {
            add(deleted, older, from, delta.getSource());
            add(inserted, newer, to, delta.getTarget());
        }
        return new TextDiff(trimmed(deleted, older), trimmed(inserted, newer));
    }

    /** Spaces at either end of a change are left unmarked, unless the change is nothing but spaces. */
    private static List<Span> trimmed(List<Span> spans, String text) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int start = s.start();
            int end = s.end();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            out.add(start == end ? s : new Span(start, end));
        }
        return out;
    }

    /** The texts split as they are compared: every character of the text is in exactly one token. */
    static List<String> split(String text) {
        return texts(tokens(text));
    }

    private record Token(String text, int start) {
        int end() {
            return start + text.length();
        }
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start()));
        }
        return tokens;
    }

    private static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }

    /**
     * Adds the chunk's characters, joined to the previous span when only spaces on the same line lie
     * between them: three replaced words in a row read as one change, not three.
     */
    private static void add(List<Span> spans, String text, List<Token> tokens, Chunk<String> chunk) {
        if (chunk.size() == 0) {
            return;
        }
        int start = tokens.get(chunk.getPosition()).start();
        int end = tokens.get(chunk.getPosition() + chunk.size() - 1).end();
        int last = spans.size() - 1;
        if (last >= 0 && SPACES.matcher(text.substring(spans.get(last).end(), start)).matches()) {
            spans.set(last, new Span(spans.get(last).start(), end));
        } else {
            spans.add(new Span(start, end));
        }
    }
}
