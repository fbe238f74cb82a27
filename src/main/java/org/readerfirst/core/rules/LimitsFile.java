package org.readerfirst.core.rules;

import java.util.Map;

/** The limits table as written in YAML: {@code surfaces: {post: {max-chars: 3000, ...}, ...}}. */
record LimitsFile(Map<String, Map<String, Integer>> surfaces) implements java.io.Serializable {

    LimitsFile {
        if (surfaces == null) {
            throw new IllegalArgumentException("the limits table needs 'surfaces'");
        }
    }
}
