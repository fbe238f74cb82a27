package org.readerfirst.core.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The reader-first score: 100 for a text with no findings, less for each finding by its severity,
 * with each category's share of the loss capped so one noisy category cannot sink the whole text.
 * Only the set of findings counts, so removing a finding can never lower the score. The formula is
 * documented in docs/SCORE.md.
 *
 * @param total 0 to 100
 * @param categories every category's own score, 0 to 100
 */
public record Score(int total, Map<Category, Integer> categories) {

    /** Points a finding costs its category. */
    public static int weight(Severity severity) {
        return switch (severity) {
            case ERROR -> 20;
            case WARNING -> 8;
            case HINT -> 2;
        };
    }

    /** The most one category can take off the total. */
    public static final int CATEGORY_CAP = 40;

    public Score {
        categories = Collections.unmodifiableMap(new EnumMap<>(categories));
    }

    public static Score of(List<Finding> findings) {
        Map<Category, Integer> penalty = new EnumMap<>(Category.class);
        for (Finding f : findings) {
            penalty.merge(f.category(), weight(f.severity()), Integer::sum);
        }
        int lost = 0;
        Map<Category, Integer> categories = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            int p = Math.min(CATEGORY_CAP, penalty.getOrDefault(c, 0));
            lost += p;
            categories.put(c, 100 - p * 100 / CATEGORY_CAP);
        }
        return new Score(Math.max(0, 100 - lost), categories);
    }
}
