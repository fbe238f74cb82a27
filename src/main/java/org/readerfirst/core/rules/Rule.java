package org.readerfirst.core.rules;

import java.util.List;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;

/** A check of one principle. Stateless: one instance serves every thread. */
public interface Rule {

    String id();

    Category category();

    boolean appliesTo(ContentType type, Language language);

    /**
     * The categories of which a warning or error must stand in the text for this rule to speak; empty
     * for most. Such a rule runs after the others.
     */
    default List<Category> requiresFinding() {
        return List.of();
    }

    /**
     * The categories of which a warning or error standing in the text silences this rule: they name the
     * text's problem already. Such a rule runs after the others.
     */
    default List<Category> unlessFinding() {
        return List.of();
    }

    /** The findings in the text, in any order. */
    List<Finding> check(AnalyzedText text, CheckContext context);
}
