package org.readerfirst.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.readerfirst.core.lang.Token;
import org.readerfirst.core.metrics.Lix;
import org.readerfirst.core.metrics.Metric;
import org.readerfirst.core.metrics.Span;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;

/** Holds a measurement of the text (sentence length, readability, self-focus...) to a threshold. */
final class MetricRule extends PackRule {

    /** Self-focus is a pattern, not one "I": below this many first-person words it is not judged. */
    private static final int MIN_SELF_WORDS = 3;

    private final Metric metric;
    private final int minWords;
    private final PhraseSet self;
    private final PhraseSet reader;

    MetricRule(RuleDefinition definition, Language language, CategoryTexts texts, PhraseIndex phrases) {
        super(definition, language, texts);
        this.metric = Metric.fromName(definition.metric());
        this.minWords = definition.minWords() == null ? 0 : definition.minWords();
        this.self = new PhraseSet(definition.selfWords(), language, phrases, 0);
        this.reader = new PhraseSet(definition.readerWords(), language, phrases, 0);
    }

    @Override
    public List<Finding> check(AnalyzedText text, CheckContext context) {
        if (text.tokens().size() < Math.max(1, minWords)) {
            return List.of();
        }
        int max = definition.maxFor(context.type());
        return switch (metric) {
            case SENTENCE_WORDS -> longSentences(text, context, max);
            case LONG_SENTENCE_SHARE -> runOnText(text, context, max);
            case PARAGRAPH_LIX -> hardParagraphs(text, context, max);
            case SELF_FOCUS -> selfFocus(text, context, max);
            case QUOTED_SHARE -> quotedShare(text, context, max);
            case OPENING_LENGTH -> longOpening(text, context, max);
            case LINK_COMMENTARY -> bareLink(text, context, max);
            case TITLE_LENGTH -> longTitle(text, context);
        };
    }

    private List<Finding> longSentences(AnalyzedText text, CheckContext context, int max) {
        List<Finding> out = new ArrayList<>();
        for (Span s : text.sentences()) {
            int words = text.tokensIn(s).size();
            if (words > max) {
                out.add(finding(s.start(), s.end(), Map.of("words", words, "max", max),
                        List.of(), context));
            }
        }
        return out;
    }

    /**
     * A text told mostly in overlong sentences: one long sentence in a long post is a nudge, but when
     * most of the words stand in such sentences the reader loses the thread.
     */
    private List<Finding> runOnText(AnalyzedText text, CheckContext context, int maxPercent) {
        int limit = definition.sentenceWords();
        int total = text.tokens().size();
        int inLong = 0;
        Span first = null;
        for (Span s : text.sentences()) {
            int words = text.tokensIn(s).size();
            if (words > limit) {
                inLong += words;
                if (first == null) {
                    first = s;
                }
            }
        }
        if (first == null || inLong * 100 < maxPercent * total) {
            return List.of();
        }
        int percent = Math.round(inLong * 100f / Math.max(1, total));
        return List.of(finding(first.start(), first.end(), Map.of("percent", percent,
                "words", limit), List.of(), context));
    }

    private List<Finding> hardParagraphs(AnalyzedText text, CheckContext context, int max) {
        List<Finding> out = new ArrayList<>();
        List<Span> sentences = text.sentences();
        int sentence = 0;
        Span title = context.type() == org.readerfirst.core.model.ContentType.ARTICLE ? title(text.text()) : null;
        for (Span p : text.paragraphs()) {
            if (title != null && p.start() == title.start() && p.end() == title.end()) {
                continue; // a title is judged by its length, not as a paragraph
            }
            // Both lists run in text order, so one pass counts each paragraph's sentences.
            while (sentence < sentences.size() && sentences.get(sentence).start() < p.start()) {
                sentence++;
            }
            int count = 0;
            while (sentence + count < sentences.size() && sentences.get(sentence + count).start() < p.end()) {
                count++;
            }
            int words = 0;
            int longWords = 0;
            for (Token t : text.tokensIn(p)) {
                words++;
                if (Lix.isLong(t.norm())) {
                    longWords++;
                }
            }
            if (words < Math.max(minWords, 1)) {
                continue;
            }
            // Judged as shown: a paragraph of LIX 58.3 is "58", which is not above 58.
            long lix = Math.round(Lix.of(words, count, longWords));
            if (lix > max) {
                out.add(finding(p.start(), p.end(), Map.of("lix", lix,
                        "max", max), List.of(), context));
            }
        }
        return out;
    }

    private List<Finding> selfFocus(AnalyzedText text, CheckContext context, int max) {
        List<Span> mine = self.find(text);
        int yours = reader.find(text).size();
        if (mine.size() < MIN_SELF_WORDS || mine.size() * 100 <= max * (mine.size() + yours)) {
            return List.of();
        }
        Span first = text.sentences().stream().filter(s -> s.contains(mine.get(0).start()))
                .findFirst().orElse(mine.get(0));
        int percent = Math.round(mine.size() * 100f / (mine.size() + yours));
        return List.of(finding(first.start(), first.end(), Map.of("self", mine.size(),
                "reader", yours, "percent", percent), List.of(), context));
    }

    private List<Finding> quotedShare(AnalyzedText text, CheckContext context, int max) {
        if (context.source().isPresent()) {
            return List.of(); // with the source beside the draft, the source rules measure the same exactly
        }
        List<Span> quotes = text.quoted();
        if (quotes.isEmpty()) {
            return List.of();
        }
        int quoted = quotes.stream().mapToInt(Span::length).sum();
        int total = text.text().strip().length();
        int percent = Math.round(quoted * 100f / Math.max(1, total));
        if (percent <= max) {
            return List.of();
        }
        Span longest = quotes.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
        return List.of(finding(longest.start(), longest.end(), Map.of("percent", percent,
                "max", max), definition.suggestions(), context));
    }

    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("https?://\\S+|www\\.\\S+");

    private List<Finding> bareLink(AnalyzedText text, CheckContext context, int max) {
        if (!text.text().contains("http") && !text.text().contains("www.")) {
            return List.of();
        }
        java.util.regex.Matcher m = LINK.matcher(text.text());
        List<Span> links = new ArrayList<>();
        while (m.find()) {
            links.add(new Span(m.start(), m.end()));
        }
        if (links.isEmpty()) {
            return List.of();
        }
        // The whole text's words, not only those of its part in one language: a link on a line of its
        // own may read as another language than the post around it.
        int own = wordsOutside(text.text(), links);
        if (own > max) {
            return List.of();
        }
        Span first = links.get(0);
        return List.of(finding(first.start(), first.end(), Map.of("words", own,
                "max", max), definition.suggestions(), context));
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");

    private static int wordsOutside(String text, List<Span> links) {
        java.util.regex.Matcher w = WORD.matcher(text);
        int count = 0;
        while (w.find()) {
            int at = w.start();
            if (links.stream().noneMatch(l -> l.start() <= at && at < l.end())) {
                count++;
            }
        }
        return count;
    }

    /** An article's first line is its title when a line break follows it and no full stop ends it. */
    private List<Finding> longTitle(AnalyzedText text, CheckContext context) {
        java.util.OptionalInt limit = context.limits().get(context.type(), "title-max-chars");
        Span title = title(text.text());
        if (limit.isEmpty() || title == null || title.length() <= limit.getAsInt()) {
            return List.of();
        }
        return List.of(finding(title.start(), title.end(), Map.of("chars", title.length(),
                "max", limit.getAsInt()), List.of(), context));
    }

    static Span title(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.indexOf('\n', start);
        if (end < 0) {
            return null;
        }
        String line = text.substring(start, end).strip();
        if (line.isEmpty() || ".!?:;".indexOf(line.charAt(line.length() - 1)) >= 0) {
            return null;
        }
        return new Span(start, start + line.length());
    }

    private List<Finding> longOpening(AnalyzedText text, CheckContext context, int max) {
        List<Span> sentences = text.sentences();
        if (sentences.isEmpty()) {
            return List.of();
        }
        Span first = sentences.get(0);
        if (first.length() <= max) {
            return List.of();
        }
        return List.of(finding(first.start(), first.end(), Map.of("chars", first.length(),
                "max", max), List.of(), context));
    }
}
