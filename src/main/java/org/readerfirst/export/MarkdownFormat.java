package org.readerfirst.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A draft as a Markdown file: a small YAML front matter (title, type, language, status, tags,
 * created, updated) between {@code ---} lines, a blank line, then the text exactly as written.
 * Reading such a file back gives the same draft; reading any other text file is {@link MarkdownReader}'s.
 */
public final class MarkdownFormat {

    static final String FENCE = "---";

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build());

    private MarkdownFormat() {
    }

    public static String write(DraftFile draft) {
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("title", draft.title());
        front.put("type", draft.type().id());
        front.put("language", draft.language().id());
        front.put("status", draft.status());
        front.put("tags", draft.tags());
        front.put("created", iso(draft.created()));
        front.put("updated", iso(draft.updated()));
        String yaml;
        try {
            yaml = YAML.writeValueAsString(front);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the front matter could not be written", e);
        }
        return FENCE + "\n" + yaml + (yaml.endsWith("\n") ? "" : "\n") + FENCE + "\n\n" + draft.body();
    }

    private static String iso(Instant at) {
        return at.toString();
    }

    /** The front matter's YAML as a map; the caller has cut it out of the file. */
    static Map<?, ?> parseFront(String yaml) throws JsonProcessingException {
        if (yaml.isBlank()) {
            return Map.of();
        }
        Object value = YAML.readValue(yaml, Object.class);
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("the front matter is not a list of 'key: value' lines");
        }
        return map;
    }
}
