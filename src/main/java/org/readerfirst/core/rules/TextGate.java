package org.readerfirst.core.rules;

import java.util.regex.Pattern;
import org.readerfirst.core.model.Language;

/**
 * The text-wide conditions a rule may carry: phrases or a pattern that must also stand in the text
 * ({@code requires}, {@code requires-pattern}) and phrases or a pattern that silence it
 * ({@code unless}, {@code unless-pattern}).
 */
final class TextGate {

    private final PhraseSet unless;
    private final PhraseSet requires;
    private final Pattern unlessPattern;
    private final Pattern requiresPattern;

    TextGate(RuleDefinition d, Language language, PhraseIndex phrases, int gap) {
        this.unless = new PhraseSet(d.unless(), language, phrases, gap);
        this.requires = new PhraseSet(d.requires(), language, phrases, gap);
        this.unlessPattern = d.unlessPattern() == null ? null : Pattern.compile(d.unlessPattern());
        this.requiresPattern = d.requiresPattern() == null ? null : Pattern.compile(d.requiresPattern());
    }

    /** Phrases first: they come from the text's index; the expressions walk the whole text. */
    boolean open(AnalyzedText text) {
        if ((!requires.isEmpty() && !requires.anyIn(text)) || (!unless.isEmpty() && unless.anyIn(text))) {
            return false;
        }
        if (unlessPattern != null && unlessPattern.matcher(text.text()).find()) {
            return false;
        }
        return requiresPattern == null || requiresPattern.matcher(text.text()).find();
    }
}
