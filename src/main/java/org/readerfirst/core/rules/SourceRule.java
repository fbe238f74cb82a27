package org.readerfirst.core.rules;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.readerfirst.core.curation.CopiedRun;
import org.readerfirst.core.curation.PublishedText;
import org.readerfirst.core.curation.PublishedTexts;
import org.readerfirst.core.curation.SourceComparison;
import org.readerfirst.core.curation.SourceText;
import org.readerfirst.core.metrics.Span;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;

/**
 * Holds the draft against the source the writer put beside it, or against the writer's earlier
 * published drafts: copied words not marked as a quote, a quotation from the source that does not
 * say whose it is, too little of the writer's own words around the source's, and a draft very close
 * to one already published. Silent without a source or earlier drafts.
 */
final class SourceRule extends PackRule {

    static final String UNQUOTED = "copied-unquoted";
    static final String UNATTRIBUTED = "copied-unattributed";
    static final String SHARE = "copied-share";
    static final String EARLIER = "earlier-published";
    static final List<String> COMPARISONS = List.of(UNQUOTED, UNATTRIBUTED, SHARE, EARLIER);

    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final String compare;
    private final int minWords;

    SourceRule(RuleDefinition definition, Language language, CategoryTexts texts) {
        super(definition, language, texts);
        this.compare = definition.compare();
        this.minWords = definition.minWords() == null ? 0 : definition.minWords();
    }

    @Override
    public List<Finding> check(AnalyzedText text, CheckContext context) {
        if (text.tokens().size() < Math.max(1, minWords)) {
            return List.of();
        }
        if (compare.equals(EARLIER)) {
            return nearDuplicate(text, context);
        }
        if (context.source().isEmpty()) {
            return List.of();
        }
        SourceComparison c = context.source().get().compare(text.text());
        if (!c.copiedAny()) {
            return List.of();
        }
        return switch (compare) {
            case UNQUOTED -> unquoted(text, c, context);
            case UNATTRIBUTED -> unattributed(text, c, context.source().get(), context);
            default -> littleOwn(text, c, context);
        };
    }

    /** Each stretch of copied words outside quotation marks and quoted lines, longer than allowed. */
    private List<Finding> unquoted(AnalyzedText text, SourceComparison c, CheckContext context) {
        int max = definition.maxFor(context.type());
        List<Span> quotes = text.quoted();
        List<Finding> out = new ArrayList<>();
        for (CopiedRun run : c.runs()) {
            for (Span piece : outside(text.text(), run.draft(), quotes)) {
                int words = text.tokensIn(piece).size();
                if (words > max) {
                    piece = withClosingPunctuation(text.text(), piece);
                    String copied = text.slice(piece.start(), piece.end());
                    String quoted = context.language() == Language.FINNISH ? "\u201d" + copied + "\u201d"
                            : "\u201c" + copied + "\u201d";
                    out.add(finding(piece.start(), piece.end(), Map.of("words", words),
                            List.of(quoted), context));
                }
            }
        }
        return out;
    }

    /** The first quotation that holds copied words, when nothing in the draft says whose they are. */
    private List<Finding> unattributed(AnalyzedText text, SourceComparison c, SourceText source, CheckContext context) {
        if (c.attributed()) {
            return List.of();
        }
        for (Span quote : text.quoted()) {
            for (CopiedRun run : c.runs()) {
                if (run.start() < quote.end() && run.end() > quote.start()) {
                    String credit = !source.credits().isEmpty() ? source.credits().get(0) : source.title();
                    return List.of(finding(quote.start(), quote.end(),
                            Map.of("credit", credit.isEmpty() ? "" : " (" + credit + ")"), List.of(), context));
                }
            }
        }
        return List.of();
    }

    /** Too much of the draft is the source's words: the finding marks the opening, where a take belongs. */
    private List<Finding> littleOwn(AnalyzedText text, SourceComparison c, CheckContext context) {
        int percent = (int) Math.round(c.copiedShare() * 100);
        if (percent <= definition.maxFor(context.type())) {
            return List.of();
        }
        List<Span> sentences = text.sentences();
        Span where = sentences.isEmpty() ? c.runs().get(0).draft() : sentences.get(0);
        return List.of(finding(where.start(), where.end(), Map.of("percent", percent,
                "own", c.ownWords()), definition.suggestions(), context));
    }

    private List<Finding> nearDuplicate(AnalyzedText text, CheckContext context) {
        // Through the index of the earlier texts: the few that share most with the draft, not all.
        Optional<PublishedTexts.Closest> found = PublishedTexts.of(context.published()).closest(text.text());
        PublishedText closest = found.map(PublishedTexts.Closest::text).orElse(null);
        double best = found.map(PublishedTexts.Closest::similarity).orElse(0.0);
        int percent = (int) Math.round(best * 100);
        if (closest == null || percent <= definition.maxFor(context.type())) {
            return List.of();
        }
        List<CopiedRun> runs = closest.compare(text.text()).runs();
        int start = runs.get(0).start();
        int end = runs.stream().max(Comparator.comparingInt(CopiedRun::end)).orElseThrow().end();
        String date = context.messageLanguage() == Language.FINNISH ? FINNISH_DATE.format(closest.publishedOn())
                : closest.publishedOn().toString();
        return List.of(finding(start, end, Map.of("date", date, "percent", percent),
                List.of(), context));
    }

    /** The parts of {@code span} that no quote covers, trimmed to their words; the quotes run in text order. */
    static List<Span> outside(String text, Span span, List<Span> quotes) {
        List<Span> out = new ArrayList<>();
        int from = span.start();
        for (Span q : quotes) {
            if (q.end() <= from || q.start() >= span.end()) {
                continue;
            }
            addTrimmed(text, from, q.start(), out);
            from = Math.max(from, q.end());
        }
        addTrimmed(text, from, span.end(), out);
        return out;
    }

    /** A quotation reads better with the full stop of its last sentence inside it. */
    private static Span withClosingPunctuation(String text, Span piece) {
        int end = piece.end();
        while (end < text.length() && ".!?\u2026".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        return new Span(piece.start(), end);
    }

    private static void addTrimmed(String text, int from, int to, List<Span> out) {
        while (from < to && !Character.isLetterOrDigit(text.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(text.charAt(to - 1))) {
            to--;
        }
        if (from < to) {
            out.add(new Span(from, to));
        }
    }
}
