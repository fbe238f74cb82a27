package org.readerfirst.core.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import org.readerfirst.core.model.Language;

/**
 * A text of a rule pack in the app's two languages. In YAML either one string (used for both) or
 * {@code {en: ..., fi: ...}}.
 */
public record LocalizedText(String en, String fi) implements java.io.Serializable {

    public LocalizedText {
        if (en == null && fi == null) {
            throw new IllegalArgumentException("a text needs 'en' or 'fi'");
        }
    }

    public static LocalizedText of(String both) {
        return new LocalizedText(both, both);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static LocalizedText fromYaml(JsonNode node) {
        if (node.isTextual()) {
            return of(node.asText());
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("expected a text or {en: ..., fi: ...}");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("en") && !name.equals("fi")) {
                throw new IllegalArgumentException("unknown language '" + name + "' in a text (expected en or fi)");
            }
        }
        JsonNode en = node.get("en");
        JsonNode fi = node.get("fi");
        return new LocalizedText(en == null ? null : en.asText(), fi == null ? null : fi.asText());
    }

    /** The text in the given language, or the other one where it is missing. */
    public String in(Language language) {
        if (language == Language.FINNISH) {
            return fi != null ? fi : en;
        }
        return en != null ? en : fi;
    }
}
