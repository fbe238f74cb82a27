package org.readerfirst.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A list of strings in one TEXT column, as a JSON array: unlike a separator, JSON keeps any string
 * intact, commas, quotes and line breaks included.
 */
final class StringListJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private StringListJson() {
    }

    static String write(Collection<String> strings) {
        try {
            return JSON.writeValueAsString(strings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings could not be written as JSON", e);
        }
    }

    /** @throws IllegalArgumentException if {@code json} is not an array of strings */
    static List<String> read(String json) {
        JsonNode array;
        try {
            array = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("not a JSON array");
        }
        List<String> strings = new ArrayList<>(array.size());
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException("not a string in the array: " + item);
            }
            strings.add(item.textValue());
        }
        return strings;
    }
}
