package org.readerfirst.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;

/**
 * Allows a pattern (a hashtag, a run of exclamation marks) up to a number of times per surface and
 * flags the occurrences past it.
 */
final class CountRule extends PackRule {

    private final Pattern pattern;

    CountRule(RuleDefinition definition, Language language, CategoryTexts texts) {
        super(definition, language, texts);
        this.pattern = Pattern.compile(definition.pattern());
    }

    int allowed(ContentType type) {
        return definition.max().getOrDefault(type.id(), definition.max().get("default"));
    }

    @Override
    public List<Finding> check(AnalyzedText text, CheckContext context) {
        int max = allowed(context.type());
        List<int[]> hits = new ArrayList<>();
        Matcher m = pattern.matcher(text.text());
        while (m.find()) {
            if (m.end() > m.start()) {
                hits.add(new int[] {m.start(), m.end()});
            }
        }
        if (hits.size() <= max) {
            return List.of();
        }
        if (max == 0) {
            // Nothing of it is allowed: each occurrence is its own finding, with its own fix.
            List<Finding> each = new ArrayList<>();
            for (int[] h : hits) {
                each.add(finding(h[0], h[1], Map.of("count", Integer.toString(hits.size()), "max", "0",
                        "match", text.slice(h[0], h[1]), "surface", context.type().displayName(context.messageLanguage())),
                        definition.suggestions(), context));
            }
            return each;
        }
        int start = hits.get(max)[0];
        int end = hits.get(hits.size() - 1)[1];
        return List.of(finding(start, end,
                Map.of("count", Integer.toString(hits.size()), "max", Integer.toString(max),
                        "surface", context.type().displayName(context.messageLanguage())),
                definition.suggestions(), context));
    }
}
