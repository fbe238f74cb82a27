package org.readerfirst.core.model;

/** The language of a draft. {@link #AUTO} asks the checker to detect it. */
public enum Language {
    AUTO("auto"),
    ENGLISH("en"),
    FINNISH("fi");

    private final String id;

    Language(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Language fromId(String id) {
        for (Language l : values()) {
            if (l.id.equals(id)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language '" + id + "' (expected auto, en or fi)");
    }
}
