package org.readerfirst.store;

import java.time.Instant;
import java.util.Objects;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;

/**
 * A text the writer published elsewhere, to be added to the library as a published draft with its
 * entry in the publishing log. {@code key} names it in its source for good (e.g. a post's link), so
 * that the store can tell it was imported before.
 */
public record ImportedText(String key, String title, String body, ContentType type, Language language,
                           Instant published) {

    public ImportedText {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(published, "published");
        if (key.isBlank()) {
            throw new IllegalArgumentException("an imported text needs a key");
        }
    }
}
