package org.readerfirst.core.model;

import java.util.Locale;

/** How much a finding matters: an error should be fixed before publishing, a hint is a nudge. */
public enum Severity {
    ERROR, WARNING, HINT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity fromId(String id) {
        for (Severity s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + id + "' (expected error, warning or hint)");
    }
}
