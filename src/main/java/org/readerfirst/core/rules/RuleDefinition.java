package org.readerfirst.core.rules;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Severity;

/**
 * One rule as written in a pack. Validated as it is read, so that a typo is reported with the file
 * and line where it stands.
 *
 * @param kind phrase (a list of phrases), count (a pattern allowed at most so many times) or length
 *     (a bound from the limits table)
 * @param appliesTo the content types it checks; empty means all
 */
public record RuleDefinition(String id, String kind, String category, String severity,
                             List<String> appliesTo, LocalizedText message, LocalizedText why,
                             List<String> phrases, Integer maxGap, String pattern,
                             Map<String, Integer> max, String limit, List<String> suggestions,
                             Examples examples) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final List<String> KINDS = List.of("phrase", "count", "length");
    static final List<String> LENGTH_LIMITS = List.of("max-chars", "free-max-chars", "min-words");

    public RuleDefinition {
        appliesTo = appliesTo == null ? List.of() : List.copyOf(appliesTo);
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
        max = max == null ? Map.of() : Map.copyOf(max);
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
            case "count" -> {
                require(pattern != null, "count rule '" + id + "' needs a 'pattern'");
                try {
                    Pattern.compile(pattern);
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("rule '" + id + "' has a broken pattern: " + e.getDescription());
                }
                require(max.containsKey("default"), "count rule '" + id + "' needs 'max' with a 'default'");
                max.keySet().stream().filter(k -> !k.equals("default")).forEach(ContentType::fromId);
            }
            case "length" -> require(LENGTH_LIMITS.contains(limit),
                    "length rule '" + id + "' needs 'limit', one of " + LENGTH_LIMITS);
            default -> throw new IllegalStateException(kind);
        }
        require(maxGap == null || (maxGap >= 0 && maxGap <= 3), "rule '" + id + "': 'max-gap' must be 0 to 3");
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
}
