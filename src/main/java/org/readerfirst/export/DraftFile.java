package org.readerfirst.export;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;

/**
 * A draft as it is written to, or read from, a Markdown file: its text and what the front matter
 * says about it. {@code status} is the store's status id (idea, draft, ready, published).
 */
public record DraftFile(String title, String body, ContentType type, Language language, String status,
                        List<String> tags, Instant created, Instant updated) {

    public DraftFile {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(status, "status");
        tags = List.copyOf(tags);
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }

    public static DraftFile of(Draft draft, String status, List<String> tags) {
        return new DraftFile(draft.title(), draft.body(), draft.type(), draft.language(), status, tags,
                draft.created(), draft.updated());
    }

    /** The draft, not yet stored (id 0). */
    public Draft draft() {
        return new Draft(0, title, body, type, language, created, updated);
    }
}
