package org.readerfirst.core.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;

/** What every rule read from a pack shares: its definition, its language and how it words a finding. */
abstract class PackRule implements Rule {

    /** Placeholders that quote the writer's own words, which are shown as written (a "2025" stays one). */
    private static final Set<String> TEXT_VALUES = Set.of("match", "plain", "own", "camel", "credit", "interests",
            "audience", "surface", "date", "next");

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

    protected Finding finding(int start, int end, Map<String, String> values, List<String> suggestions,
                              CheckContext context) {
        Map<String, String> shown = new HashMap<>();
        values.forEach((k, v) -> shown.put(k, TEXT_VALUES.contains(k) ? v : grouped(v, context.messageLanguage())));
        String message = fill(definition.message().in(context.messageLanguage()), shown);
        return new Finding(id(), category(), definition.severityValue(), start, end, message,
                why.in(context.messageLanguage()), suggestions);
    }

    /**
     * A whole number of four digits or more as the message's language writes it: "205,063" in
     * English, "205 063" (a no-break space) in Finnish. Anything else is left as it is.
     */
    static String grouped(String value, Language language) {
        if (value.length() < 4 || value.charAt(0) == '0' || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return value;
        }
        char separator = language == Language.FINNISH ? '\u00A0' : ',';
        StringBuilder out = new StringBuilder(value);
        for (int i = value.length() - 3; i > 0; i -= 3) {
            out.insert(i, separator);
        }
        return out.toString();
    }

    /** Replaces each {name} in a pack's message with its value. */
    static String fill(String template, Map<String, String> values) {
        String out = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }
}
