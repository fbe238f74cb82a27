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

    /** The surface's name as a writer says it, for messages in the app's language. */
    public String displayName(Language language) {
        boolean fi = language == Language.FINNISH;
        return switch (this) {
            case POST -> fi ? "päivitys" : "post";
            case ARTICLE -> fi ? "artikkeli" : "article";
            case MESSAGE -> fi ? "viesti" : "message";
            case CONNECTION_NOTE -> fi ? "kutsuviesti" : "connection note";
            case COMMENT -> fi ? "kommentti" : "comment";
        };
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
