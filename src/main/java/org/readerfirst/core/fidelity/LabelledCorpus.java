package org.readerfirst.core.fidelity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;

/**
 * Reads a labelled corpus in JSON Lines: one object a line with {@code id}, {@code lang} ({@code en} or
 * {@code fi}), {@code type}, {@code text} and {@code labels} (category ids, or {@code ["clean"]}). Other
 * fields are left alone. A line that cannot be read is told with its number and what is wrong.
 */
public final class LabelledCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String CLEAN = "clean";

    private LabelledCorpus() {
    }

    /** The categories the guidance asks a writer to mind; grammar, spelling and cadence are not judged on a text. */
    public static Set<Category> audienceFirst() {
        return Category.audienceFirst();
    }

    /**
     * @param name the file's name, for messages
     * @throws IllegalArgumentException naming the file, the line and what is wrong
     */
    public static List<LabelledText> parse(String name, String content) {
        List<LabelledText> texts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = name + ":" + (i + 1) + ": ";
            LabelledText t;
            try {
                t = record(JSON.readTree(line));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(where + "not a JSON object (" + e.getOriginalMessage() + ")");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage());
            }
            if (!ids.add(t.id())) {
                throw new IllegalArgumentException(where + "id '" + t.id() + "' stands twice");
            }
            texts.add(t);
        }
        return texts;
    }

    private static LabelledText record(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String id = string(node, "id");
        Language language = Language.fromId(string(node, "lang"));
        if (language == Language.AUTO) {
            throw new IllegalArgumentException("lang must be en or fi");
        }
        ContentType type = ContentType.fromId(string(node, "type"));
        String text = string(node, "text");
        JsonNode labels = node.get("labels");
        if (labels == null || !labels.isArray() || labels.isEmpty()) {
            throw new IllegalArgumentException("labels must be a list of category ids, or [\"clean\"]");
        }
        Set<Category> categories = EnumSet.noneOf(Category.class);
        boolean clean = false;
        for (JsonNode l : labels) {
            String label = l.asText();
            if (label.equals(CLEAN)) {
                clean = true;
                continue;
            }
            Category c = audienceFirst().stream().filter(k -> k.id().equals(label)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown label '" + label + "' (expected "
                            + CLEAN + " or one of " + audienceFirst().stream().map(Category::id)
                            .collect(Collectors.joining(", ")) + ")"));
            categories.add(c);
        }
        if (clean && !categories.isEmpty()) {
            throw new IllegalArgumentException("a text is either clean or has labels, not both");
        }
        return new LabelledText(id, language, type, text, categories);
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException("'" + field + "' is missing or empty");
        }
        return v.asText();
    }
}
