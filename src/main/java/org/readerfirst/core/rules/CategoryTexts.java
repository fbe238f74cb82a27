package org.readerfirst.core.rules;

import java.util.EnumMap;
import java.util.Map;
import org.readerfirst.core.model.Category;

/** The "why" of each principle, used by every rule of that category that has no "why" of its own. */
public final class CategoryTexts {

    private final Map<Category, LocalizedText> why;

    public CategoryTexts(Map<Category, LocalizedText> why) {
        this.why = new EnumMap<>(Category.class);
        this.why.putAll(why);
    }

    static CategoryTexts fromYaml(Map<String, LocalizedText> table) {
        Map<Category, LocalizedText> why = new EnumMap<>(Category.class);
        table.forEach((id, text) -> why.put(Category.fromId(id), text));
        return new CategoryTexts(why);
    }

    public LocalizedText why(Category category) {
        return why.getOrDefault(category, LocalizedText.of(""));
    }
}
