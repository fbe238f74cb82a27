package org.readerfirst.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.metrics.Span;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;

/** Offers a plainer word for each word of a list: the fix is one click. */
final class SubstitutionRule extends PackRule {

    private record Entry(PhraseSet phrase, List<String> alternatives) {
    }

    private final List<Entry> entries = new ArrayList<>();

    SubstitutionRule(RuleDefinition definition, Language language, CategoryTexts texts, Lemmatizers lemmatizers) {
        super(definition, language, texts);
        int gap = definition.maxGap() == null ? 0 : definition.maxGap();
        definition.replace().forEach((phrase, alternatives) -> entries.add(
                new Entry(new PhraseSet(List.of(phrase), language, lemmatizers, gap), List.copyOf(alternatives))));
    }

    @Override
    public List<Finding> check(AnalyzedText text, CheckContext context) {
        List<Map.Entry<Span, Entry>> hits = new ArrayList<>();
        for (Entry e : entries) {
            for (Span s : e.phrase().find(text)) {
                hits.add(Map.entry(s, e));
            }
        }
        // "leverage synergies" is one finding, not three: the longest match wins where they overlap.
        hits.sort((a, b) -> a.getKey().length() != b.getKey().length()
                ? Integer.compare(b.getKey().length(), a.getKey().length())
                : Integer.compare(a.getKey().start(), b.getKey().start()));
        List<Span> taken = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<Span, Entry> hit : hits) {
            Span s = hit.getKey();
            if (taken.stream().anyMatch(t -> t.start() < s.end() && s.start() < t.end())) {
                continue;
            }
            taken.add(s);
            String matched = text.slice(s.start(), s.end());
            List<String> fixes = hit.getValue().alternatives().stream().map(a -> matchCase(matched, a)).toList();
            findings.add(finding(s.start(), s.end(),
                    Map.of("match", matched, "plain", String.join(" / ", fixes)), fixes, context));
        }
        return findings;
    }

    /** "Leverage" becomes "Use", not "use", at the start of a sentence. */
    static String matchCase(String original, String replacement) {
        if (!original.isEmpty() && !replacement.isEmpty() && Character.isUpperCase(original.codePointAt(0))) {
            return replacement.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + replacement.substring(1);
        }
        return replacement;
    }
}
