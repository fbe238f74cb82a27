package org.readerfirst.core.model;

import java.time.Instant;
import java.util.Objects;

/** A piece of writing the writer keeps. {@code id} is 0 until the draft is stored. */
public record Draft(long id, String title, String body, ContentType type, Language language,
                    Instant created, Instant updated) {

    public Draft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }

    public Draft withBody(String newBody, Instant when) {
        return new Draft(id, title, newBody, type, language, created, when);
    }

    public Draft withTitle(String newTitle, Instant when) {
        return new Draft(id, newTitle, body, type, language, created, when);
    }

    public TextSnapshot snapshot() {
        return new TextSnapshot(body, type, language);
    }
}
