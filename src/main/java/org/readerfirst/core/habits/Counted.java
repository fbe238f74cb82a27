package org.readerfirst.core.habits;

import java.util.List;

/**
 * How many texts a figure counts, and the drafts behind it, oldest first. The count may be larger than
 * the list: the publishing log keeps what went out after its draft was deleted.
 */
public record Counted(int count, List<Long> draftIds) {

    public static final Counted NONE = new Counted(0, List.of());

    public Counted {
        draftIds = List.copyOf(draftIds);
        if (count < draftIds.size()) {
            throw new IllegalArgumentException("a count of " + count + " for " + draftIds.size() + " drafts");
        }
    }
}
