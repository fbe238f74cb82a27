package org.readerfirst.core.model;

import java.util.Objects;

/** An immutable copy of what the writer has typed, with what it is for. Checks run on these. */
public record TextSnapshot(String text, ContentType type, Language language) {

    public TextSnapshot {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(language, "language");
    }
}
