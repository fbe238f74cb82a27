package org.readerfirst.core.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readerfirst.core.metrics.Span;
import org.readerfirst.core.metrics.StyledText;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;

/**
 * Bold and italic that LinkedIn can only show as styled Unicode letters (see {@link StyledText}):
 * {@code within: opening} flags them before the "see more" fold, {@code within: hashtags} in hashtags,
 * and without {@code within} the rule speaks when more than {@code max} percent of the letters are styled.
 */
final class StyledTextRule extends PackRule {

    private static final int DEFAULT_FOLD = 210;
    static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_/&#])#[\\p{L}\\p{N}_]*\\p{L}[\\p{L}\\p{N}_]*");

    /**
     * The hashtags of a text, in order. The pattern is tried only where a '#' stands: a scan of the
     * whole text by the pattern costs more than every hashtag of a post together.
     */
    static List<Span> hashtags(String text) {
        List<Span> tags = new ArrayList<>();
        Matcher m = HASHTAG.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = text.indexOf('#'); at >= 0; at = text.indexOf('#', at + 1)) {
            m.region(at, text.length());
            if (m.lookingAt()) {
                tags.add(new Span(m.start(), m.end()));
                at = m.end() - 1;
            }
        }
        return tags;
    }

    private final String within;

    StyledTextRule(RuleDefinition definition, Language language, CategoryTexts texts) {
        super(definition, language, texts);
        this.within = definition.within();
    }

    @Override
    public List<Finding> check(AnalyzedText text, CheckContext context) {
        String s = text.text();
        if (within == null) {
            return share(text, context);
        }
        List<Finding> out = new ArrayList<>();
        if (within.equals("hashtags")) {
            for (Span tag : hashtags(s)) {
                if (StyledText.hasStyled(s.substring(tag.start(), tag.end()))) {
                    out.add(at(tag, s, context));
                }
            }
            return out;
        }
        int fold = context.limits().get(context.type(), "fold-desktop").orElse(DEFAULT_FOLD);
        for (Span span : StyledText.find(s)) {
            if (span.start() < fold) {
                out.add(at(span, s, context));
            }
        }
        return out;
    }

    private Finding at(Span span, String text, CheckContext context) {
        String match = text.substring(span.start(), span.end());
        return finding(span.start(), span.end(), Map.of("match", match), List.of(StyledText.plain(match)), context);
    }

    private List<Finding> share(AnalyzedText text, CheckContext context) {
        int minWords = definition.minWords() == null ? 0 : definition.minWords();
        String s = text.text();
        List<Span> spans = StyledText.find(s);
        if (spans.isEmpty() || text.tokens().size() < minWords) {
            return List.of();
        }
        int letters = StyledText.letters(s);
        int styled = StyledText.styledLetters(s, spans);
        int percent = Math.round(styled * 100f / Math.max(1, letters));
        int max = definition.maxFor(context.type());
        if (percent <= max) {
            return List.of();
        }
        Span longest = spans.stream().max(Comparator.comparingInt(Span::length)).orElseThrow();
        return List.of(finding(longest.start(), longest.end(), Map.of("percent", percent,
                "max", max), List.of(), context));
    }
}
