package org.readerfirst.store;

import java.util.Objects;

/**
 * A row of the window's drafts list: the draft's summary and a short excerpt of its text, never the
 * whole text. The excerpt is the opening of the text, or for a search the passage around the first
 * word found; "…" marks where it was cut from a longer text.
 */
public record ListedDraft(DraftSummary summary, String excerpt) {

    /** The most characters of the text an excerpt holds, besides the two "…". */
    public static final int EXCERPT_LIMIT = 160;

    public ListedDraft {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(excerpt, "excerpt");
    }

    public long id() {
        return summary.id();
    }
}
