package org.readerfirst.core.fidelity;

import java.util.Set;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;

/**
 * One text of a labelled corpus: what a careful editor following the guidance would flag in it.
 *
 * @param labels the audience-first categories the text has a real problem with; empty for a clean text
 */
public record LabelledText(String id, Language language, ContentType type, String text, Set<Category> labels) {

    public LabelledText {
        labels = Set.copyOf(labels);
    }

    public boolean clean() {
        return labels.isEmpty();
    }
}
