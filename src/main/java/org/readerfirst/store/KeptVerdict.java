package org.readerfirst.store;

import java.util.Objects;

/**
 * What a report worked out about one draft's text, kept so that the next report need not check it
 * again: the store keeps it as given and drops it with its draft.
 *
 * @param fingerprint tells the caller whether the verdict is still the draft's (its text, the rules)
 * @param verdict the caller's own encoding of what it found
 */
public record KeptVerdict(long draftId, String fingerprint, String verdict) {

    public KeptVerdict {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(verdict, "verdict");
    }
}
