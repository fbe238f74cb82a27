package org.readerfirst.core.lang;

import java.util.Set;

/**
 * A word of a text: its span in the original, the lower-cased form, the forms it may be matched by
 * (base forms or stems) and the number of the sentence it stands in.
 */
public record Token(int start, int end, String norm, Set<String> forms, int sentence) {

    public Token {
        forms = Set.copyOf(forms);
    }


}
