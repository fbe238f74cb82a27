package org.readerfirst.core.curation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A draft the writer published earlier, with the day it went out: a new draft very close to one of
 * these tells the same readers the same thing again. The caller leaves out the draft being checked.
 */
public final class PublishedText {

    private final SourceText text;
    private final LocalDate publishedOn;

    public PublishedText(String text, LocalDate publishedOn) {
        this.text = new SourceText(text, "", java.util.List.of(), "");
        this.publishedOn = Objects.requireNonNull(publishedOn, "publishedOn");
    }

    public String text() {
        return text.text();
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    /**
     * How much of the two texts is the same, 0.0 to 1.0: the larger of the share of the draft found in
     * this text and the share of this text found in the draft, so adding a paragraph to an old post
     * does not hide it.
     */
    public double similarityTo(String draft) {
        SourceComparison c = text.compare(draft);
        return Math.max(c.copiedShare(), c.sourceCoverage());
    }

    /** The comparison with the draft, for where the two agree. */
    public SourceComparison compare(String draft) {
        return text.compare(draft);
    }

    @Override
    public String toString() {
        return "PublishedText[" + publishedOn + ", " + text.text().length() + " chars]";
    }
}
