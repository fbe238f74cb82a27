package org.readerfirst.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.readerfirst.core.lang.Token;
import org.readerfirst.core.metrics.Span;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Severity;
import org.readerfirst.core.model.Language;

/**
 * Offers a plainer word for each word of a list: the fix is one click. With {@code min-count}, fewer
 * places than that are hints: one "gonna" in a comment is a nudge, a habit of them is a tone.
 */
final class SubstitutionRule extends PackRule {

    /** All the words of the list in one set, found in one pass; the index of a match picks its alternatives. */
    private final PhraseSet words;
    private final List<List<String>> alternatives = new ArrayList<>();
    private final boolean skipQuotes;

    SubstitutionRule(RuleDefinition definition, Language language, CategoryTexts texts, PhraseIndex phrases) {
        super(definition, language, texts);
        int gap = definition.maxGap() == null ? 0 : definition.maxGap();
        List<String> list = new ArrayList<>();
        definition.replace().forEach((phrase, plain) -> {
            list.add(phrase);
            alternatives.add(List.copyOf(plain));
        });
        this.words = new PhraseSet(list, language, phrases, gap);
        this.skipQuotes = Boolean.TRUE.equals(definition.skipQuotes());
    }

    @Override
    public List<Finding> check(AnalyzedText text, CheckContext context) {
        // The set takes the longest match at each word without overlaps, so "leverage synergies" is
        // one finding, not three.
        List<Finding> findings = new ArrayList<>();
        List<PhraseSet.Match> found = words.findTagged(text).stream().filter(m -> !inName(text, m.span().start())).toList();
        if (skipQuotes && !found.isEmpty()) {
            // Jargon in quotation marks is someone else's, shown for what it is.
            found = found.stream().filter(m -> !text.inQuote(m.span().start(), m.span().end())).toList();
        }
        boolean minor = definition.minCount() != null && found.size() < definition.minCount()
                && (definition.minCountOverWords() == null || text.tokens().size() > definition.minCountOverWords());
        for (PhraseSet.Match m : found) {
            Span s = m.span();
            String matched = text.slice(s.start(), s.end());
            List<String> fixes = alternatives.get(m.phrase()).stream().map(a -> matchCase(matched, a)).toList();
            Finding f = finding(s.start(), s.end(), Map.of("match", matched, "plain", String.join(" / ", fixes)), fixes,
                    context);
            findings.add(minor ? f.withSeverity(Severity.HINT) : f);
        }
        return findings;
    }

    /**
     * A word capitalised where no sentence starts, or with capitals inside it ("DataSynergy", "the
     * Omnichannel Recruitment Drive"), is part of a name the writer did not choose: not jargon to replace.
     */
    static boolean inName(AnalyzedText text, int start) {
        List<Token> tokens = text.tokens();
        int i = text.firstEndingAfter(start);
        if (i >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        if (t.start() < start) {
            return true; // the match begins inside a longer word
        }
        String word = text.slice(t.start(), t.end());
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        boolean sentenceStart = i == 0 || tokens.get(i - 1).sentence() != t.sentence();
        return !sentenceStart || word.codePoints().skip(1).anyMatch(Character::isUpperCase)
                && !word.codePoints().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
    }

    /** "Leverage" becomes "Use", not "use", at the start of a sentence. */
    static String matchCase(String original, String replacement) {
        if (!original.isEmpty() && !replacement.isEmpty() && Character.isUpperCase(original.codePointAt(0))) {
            return replacement.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + replacement.substring(1);
        }
        return replacement;
    }
}
