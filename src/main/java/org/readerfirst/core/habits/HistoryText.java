package org.readerfirst.core.habits;

import java.time.Instant;
import java.util.Objects;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;

/**
 * One text the writer published, as the habits report reads it: what it went out as and when it first
 * did, from the publishing log, with the draft's language and text.
 *
 * @param draftId the draft's id, which the report's figures list so that a window can open the text
 */
public record HistoryText(long draftId, ContentType type, Language language, String text, Instant publishedAt) {

    public HistoryText {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
