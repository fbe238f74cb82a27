package org.readerfirst.core.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.readerfirst.core.model.ContentType;

/**
 * LinkedIn's limits per surface, read from one table of data ({@code assets/rules/limits.yaml}) so a
 * writer can correct them without touching code.
 */
public final class Limits {

    public static final List<String> KEYS = List.of(
            "max-chars", "free-max-chars", "title-max-chars", "min-words", "fold-desktop", "fold-mobile", "per-day",
            "per-week");

    private final Map<ContentType, Map<String, Integer>> values;

    public Limits(Map<ContentType, Map<String, Integer>> values) {
        EnumMap<ContentType, Map<String, Integer>> copy = new EnumMap<>(ContentType.class);
        values.forEach((type, row) -> {
            row.keySet().forEach(key -> {
                if (!KEYS.contains(key)) {
                    throw new IllegalArgumentException("unknown limit '" + key + "' for " + type.id() + " (expected one of " + KEYS + ")");
                }
            });
            row.values().forEach(v -> {
                if (v == null || v < 0) {
                    throw new IllegalArgumentException("limits must be whole numbers of 0 or more (" + type.id() + ")");
                }
            });
            copy.put(type, Map.copyOf(row));
        });
        this.values = copy;
    }

    /** Parses the table's rows as read from YAML: surface id to limit name to number. */
    public static Limits fromTable(Map<String, Map<String, Integer>> table) {
        EnumMap<ContentType, Map<String, Integer>> rows = new EnumMap<>(ContentType.class);
        table.forEach((surface, row) -> rows.put(ContentType.fromId(surface), row == null ? Map.of() : row));
        return new Limits(rows);
    }

    public OptionalInt get(ContentType type, String key) {
        Integer v = Optional.ofNullable(values.get(type)).map(row -> row.get(key)).orElse(null);
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }

    /** The whole table, for a fingerprint of the rules. */
    Map<ContentType, Map<String, Integer>> rows() {
        return values;
    }

    /** The most characters LinkedIn takes for this surface, if the table says. */
    public OptionalInt maxChars(ContentType type) {
        return get(type, "max-chars");
    }
}
