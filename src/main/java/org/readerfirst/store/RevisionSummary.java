package org.readerfirst.store;

import java.time.Instant;
import java.util.Objects;

/** A revision as the history lists it: without its text, with the text's length in characters. */
public record RevisionSummary(long id, long draftId, Instant created, String title, int size, RevisionReason reason) {

    public RevisionSummary {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reason, "reason");
    }
}
