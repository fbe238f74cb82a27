package org.readerfirst.store;

import java.util.Objects;
import org.readerfirst.core.model.Publication;

/** An entry of the publishing log as kept in the database; {@code id} is what corrections refer to. */
public record StoredPublication(long id, Publication publication) {

    public StoredPublication {
        Objects.requireNonNull(publication, "publication");
    }
}
