package org.readerfirst.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.readerfirst.core.metrics.Span;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;

/**
 * Suggests CamelCase for an all-lowercase hashtag of several words (#futureofwork to #FutureOfWork), so
 * screen readers read the words and not one long one. Conservative: only where the tag splits into
 * the pack's {@code words} in one way with fewest parts, and the tag is not itself one of them.
 */
final class HashtagCaseRule extends PackRule {

    private static final int MIN_TAG_LETTERS = 6;

    private final Set<String> words;
    private final int longest;

    HashtagCaseRule(RuleDefinition definition, Language language, CategoryTexts texts) {
        super(definition, language, texts);
        this.words = definition.words().stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.longest = words.stream().mapToInt(String::length).max().orElse(0);
    }

    @Override
    public List<Finding> check(AnalyzedText text, CheckContext context) {
        List<Finding> out = new ArrayList<>();
        String s = text.text();
        for (Span span : StyledTextRule.hashtags(s)) {
            String match = s.substring(span.start(), span.end());
            String tag = match.substring(1);
            boolean lowerCase = tag.chars().allMatch(c -> c >= 'a' && c <= 'z');
            if (tag.length() < MIN_TAG_LETTERS || !lowerCase || words.contains(tag)) {
                continue;
            }
            List<String> parts = split(tag);
            if (parts.size() >= 2) {
                String camel = "#" + parts.stream().map(p -> Character.toUpperCase(p.charAt(0)) + p.substring(1))
                        .collect(Collectors.joining());
                out.add(finding(span.start(), span.end(), Map.of("match", match, "camel", camel), List.of(camel),
                        context));
            }
        }
        return out;
    }

    /**
     * The split of the tag into listed words with the fewest parts, or nothing when there is none or
     * two such splits: a guess between readings is no help.
     */
    List<String> split(String tag) {
        int n = tag.length();
        int[] parts = new int[n + 1];
        int[] ways = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(parts, Integer.MAX_VALUE);
        parts[0] = 0;
        ways[0] = 1;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - longest); start < end; start++) {
                if (parts[start] == Integer.MAX_VALUE || !words.contains(tag.substring(start, end))) {
                    continue;
                }
                int count = parts[start] + 1;
                if (count < parts[end]) {
                    parts[end] = count;
                    ways[end] = ways[start];
                    from[end] = start;
                } else if (count == parts[end]) {
                    ways[end] += ways[start];
                }
            }
        }
        if (parts[n] == Integer.MAX_VALUE || ways[n] != 1) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            out.add(0, tag.substring(from[end], end));
        }
        return out;
    }
}
