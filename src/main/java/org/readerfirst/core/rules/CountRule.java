package org.readerfirst.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readerfirst.core.metrics.CodeSpans;
import org.readerfirst.core.metrics.Span;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;

/**
 * Allows a pattern (a hashtag, a run of exclamation marks) up to a number of times per surface and
 * flags the occurrences past it. Code is not prose: what stands in backticks is not counted, nor,
 * with {@code skip-quotes}, what stands in quotation marks.
 */
final class CountRule extends PackRule {

    private final Pattern pattern;
    private final TextGate gate;
    private final boolean skipQuotes;

    CountRule(RuleDefinition definition, Language language, CategoryTexts texts, PhraseIndex phrases) {
        super(definition, language, texts);
        this.pattern = Pattern.compile(definition.pattern());
        int gap = definition.maxGap() == null ? PhraseSet.DEFAULT_GAP : definition.maxGap();
        this.gate = new TextGate(definition, language, phrases, gap);
        this.skipQuotes = Boolean.TRUE.equals(definition.skipQuotes());
    }

    int allowed(ContentType type) {
        return definition.max().getOrDefault(type.id(), definition.max().get("default"));
    }

    @Override
    public List<Finding> check(AnalyzedText text, CheckContext context) {
        int max = allowed(context.type());
        List<int[]> hits = new ArrayList<>();
        Matcher m = pattern.matcher(text.text());
        List<Span> code = null;
        while (m.find()) {
            if (m.end() > m.start()) {
                if (code == null) {
                    code = CodeSpans.find(text.text());
                }
                if (!CodeSpans.inside(code, m.start(), m.end()) && !(skipQuotes && text.inQuote(m.start(), m.end()))) {
                    hits.add(new int[] {m.start(), m.end()});
                }
            }
        }
        if (hits.size() <= max || !gate.open(text)) {
            return List.of();
        }
        if (max == 0) {
            // Nothing of it is allowed: each occurrence is its own finding, with its own fix.
            List<Finding> each = new ArrayList<>();
            for (int[] h : hits) {
                each.add(finding(h[0], h[1], Map.of("count", hits.size(), "max", 0,
                        "match", text.slice(h[0], h[1]), "surface", context.type().displayName(context.messageLanguage())),
                        definition.suggestions(), context));
            }
            return each;
        }
        int start = hits.get(max)[0];
        int end = hits.get(hits.size() - 1)[1];
        return List.of(finding(start, end,
                Map.of("count", hits.size(), "max", max,
                        "match", text.slice(start, hits.get(max)[1]),
                        "surface", context.type().displayName(context.messageLanguage())),
                definition.suggestions(), context));
    }
}
