package org.readerfirst.core.model;

import java.time.Instant;
import java.util.Objects;

/** One entry of the publishing log: what was published, as what, and when. */
public record Publication(long draftId, ContentType type, Instant at) {

    public Publication {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
    }
}
