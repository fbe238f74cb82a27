package org.readerfirst.store;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Where a draft stands on its way out: the writer sets it, and publishing sets {@link #PUBLISHED}. */
public enum DraftStatus {
    IDEA("idea"),
    DRAFT("draft"),
    READY("ready"),
    PUBLISHED("published");

    private final String id;

    DraftStatus(String id) {
        this.id = id;
    }

    /** The name stored in the database and used on the command line. */
    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException if {@code id} names no status */
    public static DraftStatus fromId(String id) {
        for (DraftStatus s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + id + "' (expected one of " + ids() + ")");
    }

    public static String ids() {
        return Arrays.stream(values()).map(DraftStatus::id).collect(Collectors.joining(", "));
    }
}
