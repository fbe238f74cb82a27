package org.readerfirst.core.rules;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readerfirst.core.metrics.Span;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;

/**
 * Flags what is missing: a message with no name in it, a post with nothing for the reader to take
 * away, a quotation with no source. Speaks when none of its cues stands in the text; with a
 * {@code when-pattern}, only where that pattern matches (the finding then marks its first match).
 */
final class AbsenceRule extends PackRule {

    private final PhraseSet cues;
    private final Pattern cuePattern;
    private final Pattern when;
    private final int minWords;
    private final TextGate gate;

    AbsenceRule(RuleDefinition definition, Language language, CategoryTexts texts, PhraseIndex phrases) {
        super(definition, language, texts);
        int gap = definition.maxGap() == null ? PhraseSet.DEFAULT_GAP : definition.maxGap();
        this.cues = new PhraseSet(definition.cues(), language, phrases, gap).wholeWords();
        this.cuePattern = definition.cuePattern() == null ? null : Pattern.compile(definition.cuePattern());
        this.when = definition.whenPattern() == null ? null : Pattern.compile(definition.whenPattern());
        this.minWords = definition.minWords() == null ? 0 : definition.minWords();
        this.gate = new TextGate(definition, language, phrases, gap);
    }

    @Override
    public List<Finding> check(AnalyzedText text, CheckContext context) {
        if (text.tokens().size() < Math.max(1, minWords)) {
            return List.of();
        }
        Span where;
        if (when != null) {
            Matcher m = when.matcher(text.text());
            if (!m.find() || m.end() == m.start()) {
                return List.of();
            }
            where = new Span(m.start(), m.end());
        } else {
            List<Span> sentences = text.sentences();
            if (sentences.isEmpty()) {
                return List.of();
            }
            where = sentences.get(0);
        }
        // Cheapest first: the phrase cues come from the text's index, the expressions walk the text.
        if ((!cues.isEmpty() && cues.anyIn(text)) || (cuePattern != null && cuePattern.matcher(text.text()).find())
                || !gate.open(text)) {
            return List.of();
        }
        return List.of(finding(where.start(), where.end(), Map.of("match", text.slice(where.start(), where.end())),
                definition.suggestions(), context));
    }
}
