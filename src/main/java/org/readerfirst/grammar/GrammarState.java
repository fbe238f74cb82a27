package org.readerfirst.grammar;

import java.util.Objects;
import org.readerfirst.core.model.Language;

/**
 * Whether the checker of one language can be used.
 *
 * @param reason for {@link Availability#UNAVAILABLE}, one line the writer can act on; otherwise empty
 */
public record GrammarState(Language language, Availability availability, String reason) {

    public enum Availability {
        /** Being built in the background; checks wait for it. */
        LOADING,
        READY,
        /** Could not be built; checks of this language say so instead of finding anything. */
        UNAVAILABLE
    }

    public GrammarState {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(availability, "availability");
        reason = reason == null ? "" : reason;
    }

    static GrammarState loading(Language language) {
        return new GrammarState(language, Availability.LOADING, "");
    }

    static GrammarState ready(Language language) {
        return new GrammarState(language, Availability.READY, "");
    }

    static GrammarState unavailable(Language language, String reason) {
        return new GrammarState(language, Availability.UNAVAILABLE, reason);
    }

    public boolean isReady() {
        return availability == Availability.READY;
    }
}
