package org.readerfirst.core.rules;

import java.util.List;
import org.readerfirst.core.lang.Token;
import org.readerfirst.core.model.Language;

/** A text cut into tokens once, shared by every rule of a check. */
public record AnalyzedText(String text, Language language, List<Token> tokens) {

    public AnalyzedText {
        tokens = List.copyOf(tokens);
    }

    public String slice(int start, int end) {
        return text.substring(start, end);
    }
}
