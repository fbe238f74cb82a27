package org.readerfirst.core.rules;

import java.util.List;
import java.util.Map;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;

/** What every rule read from a pack shares: its definition, its language and how it words a finding. */
abstract class PackRule implements Rule {

    protected final RuleDefinition definition;
    private final List<Category> requiresFinding;
    private final List<Category> unlessFinding;
    private final Language language;
    private final LocalizedText why;
    private final List<ContentType> surfaces;

    PackRule(RuleDefinition definition, Language language, CategoryTexts categoryTexts) {
        this.definition = definition;
        this.requiresFinding = definition.requiredCategories();
        this.unlessFinding = definition.excludedCategories();
        this.language = language;
        this.why = definition.why() != null ? definition.why() : categoryTexts.why(definition.categoryValue());
        this.surfaces = definition.appliesTo().stream().map(ContentType::fromId).toList();
    }

    @Override
    public String id() {
        return definition.id();
    }

    @Override
    public Category category() {
        return definition.categoryValue();
    }

    @Override
    public List<Category> requiresFinding() {
        return requiresFinding;
    }

    @Override
    public List<Category> unlessFinding() {
        return unlessFinding;
    }

    public RuleDefinition definition() {
        return definition;
    }

    /** The pack's language, or null for a rule that serves every language. */
    public Language language() {
        return language;
    }

    @Override
    public boolean appliesTo(ContentType type, Language textLanguage) {
        return (surfaces.isEmpty() || surfaces.contains(type)) && (language == null || language == textLanguage);
    }

    /**
     * A finding of this rule with its message filled in: each {name} in the pack's message takes its
     * value, a number written as the message's language writes it ({@link #grouped}), anything else
     * (the writer's own words, a date) as it is.
     */
    protected Finding finding(int start, int end, Map<String, ?> values, List<String> suggestions,
                              CheckContext context) {
        String message = fill(definition.message().in(context.messageLanguage()), values, context.messageLanguage());
        return new Finding(id(), category(), definition.severityValue(), start, end, message,
                why.in(context.messageLanguage()), suggestions);
    }

    /**
     * A whole number as the message's language writes it, grouped from four digits up: "205,063" in
     * English, "205 063" (a no-break space) in Finnish.
     */
    static String grouped(long value, Language language) {
        String digits = Long.toString(Math.abs(value));
        if (digits.length() < 4) {
            return Long.toString(value);
        }
        char separator = language == Language.FINNISH ? '\u00A0' : ',';
        StringBuilder out = new StringBuilder(digits);
        for (int i = digits.length() - 3; i > 0; i -= 3) {
            out.insert(i, separator);
        }
        return (value < 0 ? "-" : "") + out;
    }

    /** Replaces each {name} in a pack's message with its value; numbers grouped for {@code language}. */
    static String fill(String template, Map<String, ?> values, Language language) {
        String out = template;
        for (Map.Entry<String, ?> e : values.entrySet()) {
            Object v = e.getValue();
            String shown = v instanceof Integer || v instanceof Long ? grouped(((Number) v).longValue(), language)
                    : String.valueOf(v);
            out = out.replace("{" + e.getKey() + "}", shown);
        }
        return out;
    }
}
