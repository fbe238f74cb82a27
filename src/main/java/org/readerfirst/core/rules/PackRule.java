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

    protected Finding finding(int start, int end, Map<String, String> values, List<String> suggestions,
                              CheckContext context) {
        String message = fill(definition.message().in(context.messageLanguage()), values);
        return new Finding(id(), category(), definition.severityValue(), start, end, message,
                why.in(context.messageLanguage()), suggestions);
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
