package org.readerfirst.core.rules;

import java.util.List;
import java.util.Map;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.metrics.Span;
import org.readerfirst.core.model.Audience;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;

/** Says when a draft touches none of what its audience cares about, as the writer described them. */
final class AudienceRule extends PackRule {

    private final Lemmatizers lemmatizers;
    private final int minWords;

    AudienceRule(RuleDefinition definition, Language language, CategoryTexts texts, PhraseIndex phrases) {
        super(definition, language, texts);
        this.lemmatizers = phrases.lemmatizers();
        this.minWords = definition.minWords() == null ? 0 : definition.minWords();
    }

    @Override
    public List<Finding> check(AnalyzedText text, CheckContext context) {
        if (context.audience().isEmpty() || context.audience().get().interests().isEmpty()
                || text.tokens().size() < Math.max(1, minWords)) {
            return List.of();
        }
        Audience audience = context.audience().get();
        // An interest may be written in either language; look for it in the draft's.
        PhraseSet interests = new PhraseSet(audience.interests().stream().map(i -> i.replace('|', ' ')).toList(),
                text.language(), lemmatizers, 1);
        if (interests.anyIn(text)) {
            return List.of();
        }
        List<Span> sentences = text.sentences();
        Span where = sentences.isEmpty() ? new Span(0, text.text().length()) : sentences.get(0);
        return List.of(finding(where.start(), where.end(), Map.of("audience", audience.name(),
                "interests", String.join(", ", audience.interests())), List.of(), context));
    }
}
