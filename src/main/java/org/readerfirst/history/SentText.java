package org.readerfirst.history;

import java.time.Instant;
import java.util.Objects;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;

/**
 * A text the writer sent on LinkedIn, as the export holds it: what it is, its text, when it was sent,
 * the language detected in it, and where it was found. {@code key} names it for good across exports
 * (see {@link LinkedInImport}), so that a newer export adds only what is new.
 */
public record SentText(String key, ContentType type, String text, Instant sent, Language language,
                       String file, long row) {

    public SentText {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sent, "sent");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(file, "file");
    }
}
