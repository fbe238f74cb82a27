package org.readerfirst.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Who reads a draft, as the writer describes them.
 *
 * @param interests what they care about, as keywords or short phrases
 */
public record Audience(String name, String description, List<String> interests, Language language) {

    public Audience {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        interests = interests == null ? List.of() : interests.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        language = language == null ? Language.AUTO : language;
    }
}
