package org.readerfirst.store;

import java.util.regex.Pattern;

/**
 * What the library's search counts as a word: the characters FTS5's unicode61 tokenizer keeps inside
 * a token. The query and the window's highlighting of a match both cut words this way, so a word the
 * search found is the word the drafts list marks.
 */
public final class SearchWords {

    public static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    private SearchWords() {
    }
}
