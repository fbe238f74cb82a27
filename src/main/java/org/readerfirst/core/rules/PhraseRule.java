package org.readerfirst.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.readerfirst.core.metrics.Span;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Severity;

/**
 * Flags the phrases of a list wherever they stand, inflected or slightly misspelt; optionally only
 * in the opening, only when another phrase is also present, or not when one is.
 */
final class PhraseRule extends PackRule {

    static final int DEFAULT_FOLD = 210;

    private final PhraseSet phrases;
    private final TextGate gate;
    private final boolean openingOnly;
    private final int minCount;
    private final double hintBelowShare;
    private final boolean skipQuotes;
    private final PhraseSet against;

    PhraseRule(RuleDefinition definition, Language language, CategoryTexts texts, PhraseIndex phrases) {
        super(definition, language, texts);
        int gap = definition.maxGap() == null ? PhraseSet.DEFAULT_GAP : definition.maxGap();
        boolean topic = Boolean.TRUE.equals(definition.topic());
        PhraseSet set = new PhraseSet(definition.phrases(), language, phrases, gap);
        this.phrases = topic ? set.withoutSlips() : set;
        this.gate = new TextGate(definition, language, phrases, gap);
        this.openingOnly = "opening".equals(definition.within());
        this.minCount = definition.minCount() == null ? 1 : definition.minCount();
        this.hintBelowShare = definition.hintBelowShare() == null ? 0 : definition.hintBelowShare();
        this.skipQuotes = Boolean.TRUE.equals(definition.skipQuotes());
        PhraseSet againstSet = new PhraseSet(definition.against(), language, phrases, gap);
        this.against = topic ? againstSet.withoutSlips() : againstSet;
    }

    @Override
    public List<Finding> check(AnalyzedText text, CheckContext context) {
        List<Span> found = phrases.find(text);
        if (skipQuotes && !found.isEmpty()) {
            found = found.stream().filter(s -> !text.inQuote(s.start(), s.end())).toList();
        }
        if (found.size() < minCount(text) || !gate.open(text) || !fillsEnough(found, text)
                || !against.isEmpty() && against.find(text).size() > found.size()) {
            return List.of();
        }
        int fold = context.limits().get(context.type(), "fold-desktop").orElse(DEFAULT_FOLD);
        boolean minor = hintBelowShare > 0 && share(found, text) < hintBelowShare;
        List<Finding> findings = new ArrayList<>();
        for (Span s : found) {
            if (openingOnly && s.start() >= fold) {
                continue;
            }
            Finding f = finding(s.start(), s.end(), Map.of("match", text.slice(s.start(), s.end())),
                    definition.suggestions(), context);
            findings.add(minor ? f.withSeverity(Severity.HINT) : f);
        }
        return findings;
    }

    /** With {@code min-count-over-words}, a short text needs one place only: in a few words one weighs as much. */
    private int minCount(AnalyzedText text) {
        Integer over = definition.minCountOverWords();
        return over != null && text.tokens().size() <= over ? 1 : minCount;
    }

    /** With {@code min-sentence-share}: enough of the text's sentences hold a phrase. */
    private boolean fillsEnough(List<Span> found, AnalyzedText text) {
        Double min = definition.minSentenceShare();
        if (min == null) {
            return true;
        }
        List<Span> sentences = text.sentences();
        long holding = sentences.stream().filter(s -> found.stream().anyMatch(f -> f.start() < s.end() && f.end() > s.start()))
                .count();
        return !sentences.isEmpty() && holding >= min * sentences.size();
    }

    /** The share of the text's words that stand inside the found phrases. */
    private static double share(List<Span> found, AnalyzedText text) {
        int inside = found.stream().mapToInt(s -> text.tokensIn(s).size()).sum();
        return text.tokens().isEmpty() ? 1 : (double) inside / text.tokens().size();
    }
}
