package org.readerfirst.core.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What the cadence checks need: the writer's publishing log, when the draft is planned to go out
 * (now by default) and the writer's time zone, which decides where a day ends.
 */
public record PublishingPlan(List<Publication> log, Instant plannedAt, ZoneId zone) {

    public PublishingPlan {
        log = List.copyOf(log);
        Objects.requireNonNull(plannedAt, "plannedAt");
        Objects.requireNonNull(zone, "zone");
    }
}
