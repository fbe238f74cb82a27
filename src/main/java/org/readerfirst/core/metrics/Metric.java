package org.readerfirst.core.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The measurements a metric rule can hold to a threshold. */
public enum Metric {
    /** Words in one sentence. */
    SENTENCE_WORDS,
    /** Percentage of the text's words that stand in sentences longer than {@code sentence-words}. */
    LONG_SENTENCE_SHARE,
    /** LIX of one paragraph. */
    PARAGRAPH_LIX,
    /** Percentage of first-person words among first- and second-person words. */
    SELF_FOCUS,
    /** Percentage of the text that stands inside quotation marks or quoted lines. */
    QUOTED_SHARE,
    /** Characters of the first sentence, against the "see more" fold. */
    OPENING_LENGTH,
    /** The writer's own words beside a shared link: at most the threshold is too few. */
    LINK_COMMENTARY,
    /** Characters of an article's title line, against the limits table's {@code title-max-chars}. */
    TITLE_LENGTH;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Metric::id).toList();
    }

    public static Metric fromName(String name) {
        for (Metric m : values()) {
            if (m.id().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + name + "' (expected one of " + names() + ")");
    }
}
