package org.readerfirst.store;

import java.util.List;
import java.util.Objects;
import org.readerfirst.core.model.Draft;

/** A draft with what the store keeps about it besides its text: its status and tags. */
public record DraftDetails(Draft draft, DraftStatus status, List<String> tags) {

    public DraftDetails {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(status, "status");
        tags = List.copyOf(tags);
    }
}
