package org.readerfirst.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.metrics.Span;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;

/**
 * Flags the phrases of a list wherever they stand, inflected or slightly misspelt; optionally only
 * in the opening, only when another phrase is also present, or not when one is.
 */
final class PhraseRule extends PackRule {

    static final int DEFAULT_FOLD = 210;

    private final PhraseSet phrases;
    private final PhraseSet unless;
    private final PhraseSet requires;
    private final boolean openingOnly;

    PhraseRule(RuleDefinition definition, Language language, CategoryTexts texts, Lemmatizers lemmatizers) {
        super(definition, language, texts);
        int gap = definition.maxGap() == null ? PhraseSet.DEFAULT_GAP : definition.maxGap();
        this.phrases = new PhraseSet(definition.phrases(), language, lemmatizers, gap);
        this.unless = new PhraseSet(definition.unless(), language, lemmatizers, gap);
        this.requires = new PhraseSet(definition.requires(), language, lemmatizers, gap);
        this.openingOnly = "opening".equals(definition.within());
    }

    @Override
    public List<Finding> check(AnalyzedText text, CheckContext context) {
        List<Span> found = phrases.find(text);
        if (found.isEmpty() || (!unless.isEmpty() && unless.anyIn(text))
                || (!requires.isEmpty() && !requires.anyIn(text))) {
            return List.of();
        }
        int fold = context.limits().get(context.type(), "fold-desktop").orElse(DEFAULT_FOLD);
        List<Finding> findings = new ArrayList<>();
        for (Span s : found) {
            if (openingOnly && s.start() >= fold) {
                continue;
            }
            findings.add(finding(s.start(), s.end(), Map.of("match", text.slice(s.start(), s.end())),
                    definition.suggestions(), context));
        }
        return findings;
    }
}
