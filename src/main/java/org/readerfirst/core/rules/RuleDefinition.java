package org.readerfirst.core.rules;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.readerfirst.core.metrics.Metric;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Severity;

/**
 * One rule as written in a pack; docs/RULE-PACKS.md describes every key.
 *
 * @param kind phrase, substitution, count, length, absence, metric or audience
 * @param appliesTo the content types it checks; empty means all
 * @param unless phrases that, standing anywhere in the text, silence a phrase rule
 * @param requires phrases of which one must also stand in the text for a phrase rule to speak
 * @param within {@code opening}: a phrase rule looks only before the "see more" fold
 * @param minCount a phrase rule speaks only when it finds at least this many places (a topic, not a word)
 * @param hintBelowShare a phrase rule's findings become hints when its phrases are less than this share
 *     of the text's words: a stock phrase inside a personal message is not a stock message
 * @param replace for substitution rules: a phrase and its plainer alternatives
 * @param max a number per content type ({@code default} for the others): the allowance of a count
 *     rule, the threshold of a metric
 * @param cues for absence rules: phrases of which one should stand in the text
 * @param cuePattern for absence rules: a regular expression that counts as a cue too
 * @param counts for cadence rules: the content types in the publishing log that count
 * @param window for cadence rules: {@code day} (the calendar day) or {@code week} (the seven days before)
 * @param compare for source rules: what of the draft is held against the source or the earlier published
 *     drafts, one of {@link SourceRule#COMPARISONS}
 * @param whenPattern for absence rules: the rule applies only where this expression matches
 * @param unlessPattern a regular expression that, matching anywhere in the text, silences the rule
 * @param requiresPattern a regular expression that must match somewhere in the text for the rule to speak
 * @param words for hashtag-case rules: the words a lowercase hashtag may be split into; for stock rules:
 *     the words that carry no content of their own
 * @param sentenceWords for long-sentence-share metrics: how many words make a sentence long
 * @param topic the phrases name a topic: no slips of the keyboard are read into them
 * @param against a phrase rule speaks only when its phrases are at least as many as these: private life
 *     that outweighs the working life the text also tells of
 * @param minSentenceShare a phrase rule speaks only when its phrases stand in at least this share of the
 *     text's sentences: a topic that fills the text, not a line of it
 * @param skipQuotes a phrase rule leaves alone what stands in quotation marks: someone else's words
 * @param maxSpecific for stock rules: how many words besides the stock ones, names and those of no content
 *     a text may hold and still be stock
 * @param minCountOverWords {@code min-count} holds only in a text of more than this many words: in a
 *     shorter one a single place weighs as much as several do in a long one
 * @param cuesOf for absence rules: take the cues (the phrases, not the cue pattern) of this earlier absence
 *     rule of the same pack, so that two rules that ask "is anything here about this person?" ask it in
 *     the same words
 * @param requiresFinding category ids: the rule speaks only when a warning or error of one of these
 *     categories stands in the text (a pitch in a message that says nothing about its reader)
 * @param unlessFinding category ids: the rule is silent when a warning or error of one of these
 *     categories stands in the text, which names its problem already (one problem, one card)
 */
public record RuleDefinition(String id, String kind, String category, String severity,
                             List<String> appliesTo, LocalizedText message, LocalizedText why,
                             List<String> phrases, Integer maxGap, List<String> unless, List<String> requires,
                             String within, Integer minCount, Double hintBelowShare, Map<String, List<String>> replace,
                             String pattern, Map<String, Integer> max, String limit,
                             String metric, Integer minWords, List<String> cues, String cuePattern,
                             String whenPattern, String unlessPattern, String requiresPattern,
                             List<String> selfWords, List<String> readerWords, List<String> counts, String window,
                             String compare, List<String> suggestions, Examples examples, List<String> words,
                             Integer maxSpecific, Boolean skipQuotes, Integer sentenceWords, Double minSentenceShare,
                             List<String> against, Boolean topic, Integer minCountOverWords, String cuesOf,
                             List<String> requiresFinding, List<String> unlessFinding) implements java.io.Serializable {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final List<String> KINDS = List.of("phrase", "substitution", "count", "length", "absence", "metric",
            "audience", "cadence", "source", "styled-text", "hashtag-case", "stock");
    static final List<String> LENGTH_LIMITS = List.of("max-chars", "free-max-chars", "min-words");

    public RuleDefinition {
        appliesTo = copy(appliesTo);
        phrases = copy(phrases);
        unless = copy(unless);
        requires = copy(requires);
        cues = copy(cues);
        selfWords = copy(selfWords);
        readerWords = copy(readerWords);
        counts = copy(counts);
        suggestions = copy(suggestions);
        words = copy(words);
        against = copy(against);
        requiresFinding = copy(requiresFinding);
        unlessFinding = copy(unlessFinding);
        replace = replace == null ? Map.of() : Map.copyOf(replace);
        max = max == null ? Map.of() : Map.copyOf(max);
    }

    private static List<String> copy(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * Checks that the rule is complete and consistent. Separate from construction so that the
     * parser reports unknown keys first: a misspelt key is the likelier mistake.
     */
    public void validate() {
        require(id != null && ID.matcher(id).matches(), "'id' must be lower-case words joined by '-', got '" + id + "'");
        require(kind != null, "rule '" + id + "' needs a 'kind' (one of " + KINDS + ")");
        require(KINDS.contains(kind), "rule '" + id + "' has unknown kind '" + kind + "' (expected one of " + KINDS + ")");
        require(category != null, "rule '" + id + "' needs a 'category'");
        Category.fromId(category);
        Severity.fromId(severity == null ? "" : severity);
        require(message != null, "rule '" + id + "' needs a 'message'");
        require(examples != null, "rule '" + id + "' needs 'examples' with 'flagged' and 'clean' texts");
        examples.validate();
        appliesTo.forEach(ContentType::fromId);
        switch (kind) {
            case "phrase" -> require(!phrases.isEmpty(), "phrase rule '" + id + "' needs 'phrases'");
            case "substitution" -> require(!replace.isEmpty(), "substitution rule '" + id + "' needs 'replace'");
            case "count" -> {
                require(pattern != null, "count rule '" + id + "' needs a 'pattern'");
                regex(pattern);
                requireMax();
            }
            case "length" -> require(LENGTH_LIMITS.contains(limit),
                    "length rule '" + id + "' needs 'limit', one of " + LENGTH_LIMITS);
            case "absence" -> require(!cues.isEmpty() || cuePattern != null || cuesOf != null,
                    "absence rule '" + id + "' needs 'cues', a 'cue-pattern' or 'cues-of'");
            case "audience" -> { }
            case "styled-text" -> {
                if (within == null) {
                    requireMax();
                }
            }
            case "hashtag-case" -> require(!words.isEmpty(), "hashtag-case rule '" + id + "' needs 'words'");
            case "stock" -> {
                require(!phrases.isEmpty(), "stock rule '" + id + "' needs 'phrases': the stock things said");
                requireMax();
            }
            case "cadence" -> {
                require(!counts.isEmpty(), "cadence rule '" + id + "' needs 'counts': the content types that count");
                counts.forEach(ContentType::fromId);
                require("day".equals(window) || "week".equals(window), "cadence rule '" + id + "' needs 'window': day or week");
                requireMax();
            }
            case "source" -> {
                require(SourceRule.COMPARISONS.contains(compare),
                        "source rule '" + id + "' needs 'compare', one of " + SourceRule.COMPARISONS);
                if (!compare.equals(SourceRule.UNATTRIBUTED)) {
                    requireMax();
                }
            }
            case "metric" -> {
                require(metric != null, "metric rule '" + id + "' needs a 'metric', one of " + Metric.names());
                if (Metric.fromName(metric) != Metric.TITLE_LENGTH) {
                    requireMax();
                }
                if (Metric.fromName(metric) == Metric.LONG_SENTENCE_SHARE) {
                    require(sentenceWords != null && sentenceWords > 0,
                            "long-sentence-share rule '" + id + "' needs 'sentence-words': how many words make a sentence long");
                }
                if (Metric.fromName(metric) == Metric.SELF_FOCUS) {
                    require(!selfWords.isEmpty() && !readerWords.isEmpty(),
                            "self-focus rule '" + id + "' needs 'self-words' and 'reader-words'");
                }
            }
            default -> throw new IllegalStateException(kind);
        }
        if (cuePattern != null) {
            regex(cuePattern);
        }
        for (String expression : new String[] {whenPattern, unlessPattern, requiresPattern}) {
            if (expression != null) {
                regex(expression);
            }
        }
        require(within == null || within.equals("opening") || kind.equals("styled-text") && within.equals("hashtags"),
                "rule '" + id + "': 'within' can only be 'opening'"
                        + (kind.equals("styled-text") ? " or 'hashtags'" : ""));
        require(maxGap == null || (maxGap >= 0 && maxGap <= 6), "rule '" + id + "': 'max-gap' must be 0 to 6");
        require(minWords == null || minWords >= 0, "rule '" + id + "': 'min-words' must be 0 or more");
        require(maxSpecific == null || maxSpecific >= 0, "rule '" + id + "': 'max-specific' must be 0 or more");
        require(minCount == null || minCount >= 1, "rule '" + id + "': 'min-count' must be 1 or more");
        require(minCountOverWords == null || minCount != null && minCountOverWords >= 1,
                "rule '" + id + "': 'min-count-over-words' needs 'min-count' and must be 1 or more");
        require(minSentenceShare == null || (minSentenceShare > 0 && minSentenceShare <= 1),
                "rule '" + id + "': 'min-sentence-share' must be a share between 0 and 1");
        require(hintBelowShare == null || (hintBelowShare > 0 && hintBelowShare <= 1),
                "rule '" + id + "': 'hint-below-share' must be a share between 0 and 1");
        require(cuesOf == null || kind.equals("absence") && cues.isEmpty() && cuePattern == null,
                "rule '" + id + "': 'cues-of' is for absence rules without cues of their own");
        requiresFinding.forEach(Category::fromId);
        unlessFinding.forEach(Category::fromId);
    }

    /** This rule with the cue phrases of another: what {@code cues-of} names, once the loader has found it. */
    RuleDefinition withCuesOf(RuleDefinition other) {
        return new RuleDefinition(id, kind, category, severity, appliesTo, message, why, phrases, maxGap, unless,
                requires, within, minCount, hintBelowShare, replace, pattern, max, limit, metric, minWords,
                other.cues(), null, whenPattern, unlessPattern, requiresPattern, selfWords, readerWords,
                counts, window, compare, suggestions, examples, words, maxSpecific, skipQuotes, sentenceWords,
                minSentenceShare, against, topic, minCountOverWords, null, requiresFinding, unlessFinding);
    }

    /** The categories of {@code requires-finding}. */
    public List<Category> requiredCategories() {
        return requiresFinding.stream().map(Category::fromId).toList();
    }

    /** The categories of {@code unless-finding}. */
    public List<Category> excludedCategories() {
        return unlessFinding.stream().map(Category::fromId).toList();
    }

    private void requireMax() {
        require(max.containsKey("default"), "rule '" + id + "' needs 'max' with a 'default'");
        max.keySet().stream().filter(k -> !k.equals("default")).forEach(ContentType::fromId);
    }

    private void regex(String expression) {
        try {
            Pattern.compile(expression);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("rule '" + id + "' has a broken pattern: " + e.getDescription());
        }
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(problem);
        }
    }

    public Category categoryValue() {
        return Category.fromId(category);
    }

    public Severity severityValue() {
        return Severity.fromId(severity);
    }

    /** The threshold for a content type: its own or the default. */
    int maxFor(ContentType type) {
        return max.getOrDefault(type.id(), max.getOrDefault("default", 0));
    }
}
