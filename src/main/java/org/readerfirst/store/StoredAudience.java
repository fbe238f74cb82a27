package org.readerfirst.store;

import java.util.Objects;
import org.readerfirst.core.model.Audience;

/** An audience as kept in the database; {@code id} is what drafts refer to it by. */
public record StoredAudience(long id, Audience audience) {

    public StoredAudience {
        Objects.requireNonNull(audience, "audience");
    }
}
