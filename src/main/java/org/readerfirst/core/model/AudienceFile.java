package org.readerfirst.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads an audience described in a small text file, one "key: value" a line:
 *
 * <pre>
 * name: Finance leaders
 * about: CFOs of mid-size Nordic companies
 * interests: cash flow, month-end close, audit
 * language: en
 * </pre>
 *
 * Only {@code name} and {@code interests} are required; lines starting with '#' are comments.
 */
public final class AudienceFile {

    private AudienceFile() {
    }

    public static Audience parse(String text) {
        String name = null;
        String about = "";
        List<String> interests = new ArrayList<>();
        Language language = Language.AUTO;
        int lineNumber = 0;
        for (String line : text.split("\r?\n")) {
            lineNumber++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int colon = l.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("line " + lineNumber + ": expected 'key: value'");
            }
            String key = l.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = l.substring(colon + 1).strip();
            switch (key) {
                case "name" -> name = value;
                case "about", "description" -> about = value;
                case "interests" -> interests.addAll(Arrays.stream(value.split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList());
                case "language" -> language = Language.fromId(value);
                default -> throw new IllegalArgumentException("line " + lineNumber + ": unknown key '" + key
                        + "' (expected name, about, interests, language)");
            }
        }
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("an audience needs a 'name'");
        }
        if (interests.isEmpty()) {
            throw new IllegalArgumentException("an audience needs 'interests', separated by commas");
        }
        return new Audience(name, about, interests, language);
    }
}
