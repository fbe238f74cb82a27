package org.readerfirst.ui.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Settings read back from the database are checked before use: a value this version did not write
 * (edited by hand, damaged, from another program) is named to the writer and the default used, so one
 * bad value never costs the rest of the choices.
 */
public final class SettingValues {

    /** Longer than any word or rule id; a longer entry is damage, not a choice. */
    public static final int MAX_ENTRY = 100;
    private static final int SHOWN = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SettingValues() {
    }

    /** A list setting read as far as it can be: the usable entries, and the others as they can be shown. */
    public record Entries(List<String> usable, List<String> leftOut) {
    }

    /**
     * The entries of a JSON array of strings; blank ones are dropped quietly, the ones that cannot be
     * a word (not text, too long, control characters) are left out and reported.
     *
     * @return empty if the value is not a JSON array at all
     */
    public static Optional<Entries> entries(String json) {
        JsonNode array;
        try {
            array = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (array == null || !array.isArray()) {
            return Optional.empty();
        }
        List<String> usable = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (JsonNode item : array) {
            String text = item.isTextual() ? item.textValue().strip() : null;
            if (text != null && text.isEmpty()) {
                continue;
            }
            if (text != null && isPlainText(text, MAX_ENTRY)) {
                usable.add(text);
            } else {
                leftOut.add(shown(item.isTextual() ? item.textValue() : item.toString()));
            }
        }
        return Optional.of(new Entries(usable, leftOut));
    }

    /** Non-blank, at most {@code max} characters, no control characters or line breaks. */
    public static boolean isPlainText(String text, int max) {
        return !text.isBlank() && text.length() <= max && text.codePoints().noneMatch(Character::isISOControl);
    }

    /** A stored value as the status line can show it: control characters made visible, long ones cut. */
    static String shown(String value) {
        StringBuilder sb = new StringBuilder();
        value.codePoints().limit(SHOWN).forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '\uFFFD' : c));
        return value.codePointCount(0, value.length()) > SHOWN ? sb + "…" : sb.toString();
    }
}
