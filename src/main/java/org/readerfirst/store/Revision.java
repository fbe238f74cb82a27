package org.readerfirst.store;

import java.time.Instant;
import java.util.Objects;

/** A draft's title and text as they were at one moment, kept so the writer can compare or go back. */
public record Revision(long id, long draftId, Instant created, String title, String body, RevisionReason reason) {

    public Revision {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(reason, "reason");
    }
}
