package org.readerfirst.core.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What the cadence checks need: the writer's publishing log, when the draft is planned to go out
 * (now by default), the writer's time zone, which decides where a day ends, and which stored draft
 * is being checked.
 *
 * @param draftId the stored draft being checked, or a negative number for a text that is not one
 *                (a file on the command line)
 */
public record PublishingPlan(List<Publication> log, Instant plannedAt, ZoneId zone, long draftId) {

    public PublishingPlan {
        log = List.copyOf(log);
        Objects.requireNonNull(plannedAt, "plannedAt");
        Objects.requireNonNull(zone, "zone");
    }

    /** The plan of a text that is not a stored draft. */
    public PublishingPlan(List<Publication> log, Instant plannedAt, ZoneId zone) {
        this(log, plannedAt, zone, -1);
    }

    /** The same plan with the draft planned to go out at {@code at}. */
    public PublishingPlan at(Instant at) {
        return new PublishingPlan(log, at, zone, draftId);
    }

    /**
     * Whether the draft checked is in the log already: it went out and counts as that entry, not as
     * one more to come.
     */
    public boolean alreadyPublished() {
        return draftId >= 0 && log.stream().anyMatch(p -> p.draftId() == draftId);
    }
}
