package org.readerfirst.core.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The LinkedIn surfaces a draft can be written for. */
public enum ContentType {
    POST("post"),
    ARTICLE("article"),
    MESSAGE("message"),
    CONNECTION_NOTE("connection-note"),
    COMMENT("comment");

    private final String id;

    ContentType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** True for the surfaces addressed to one person. */
    public boolean isPersonal() {
        return this == MESSAGE || this == CONNECTION_NOTE;
    }

    public static ContentType fromId(String id) {
        for (ContentType t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown content type '" + id + "' (expected one of " + ids() + ")");
    }

    public static String ids() {
        return Arrays.stream(values()).map(ContentType::id).collect(Collectors.joining(", "));
    }
}
