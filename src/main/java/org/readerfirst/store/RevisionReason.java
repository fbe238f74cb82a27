package org.readerfirst.store;

/** Why a revision of a draft was kept. */
public enum RevisionReason {
    /** After a pause in the writing, at an autosave. */
    AUTO("auto"),
    /** The draft's status changed, e.g. it was published. */
    STATUS("status"),
    /** The writer asked for it. */
    MANUAL("manual"),
    /** The text as it was just before an older revision was restored over it. */
    RESTORE("restore");

    private final String id;

    RevisionReason(String id) {
        this.id = id;
    }

    /** The name stored in the database. */
    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException if {@code id} names no reason */
    public static RevisionReason fromId(String id) {
        for (RevisionReason r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown revision reason '" + id + "'");
    }
}
