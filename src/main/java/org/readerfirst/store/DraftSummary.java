package org.readerfirst.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;

/**
 * A row of the library: everything about a draft but its text, which is most of its bytes. Listing
 * ten thousand of these reads only an index; the text is read with {@link DraftStore#find} when the
 * draft is opened.
 */
public record DraftSummary(long id, String title, ContentType type, Language language, Instant created,
                           Instant updated, DraftStatus status, List<String> tags) {

    public DraftSummary {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(status, "status");
        tags = List.copyOf(tags);
    }
}
