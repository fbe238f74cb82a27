package org.readerfirst.core.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The principles of the guidance. The ids are stable: the command line's JSON and the UI use them. */
public enum Category {
    TEMPLATE_MESSAGE("template-message"),
    PERSONALIZATION("personalization"),
    SELF_PROMOTION("self-promotion"),
    PERSONAL_CONTENT("personal-content"),
    READER_BENEFIT("reader-benefit"),
    CURATION("curation"),
    PROFESSIONAL_TONE("professional-tone"),
    ENGAGEMENT_BAIT("engagement-bait"),
    CLARITY("clarity"),
    HOOK("hook"),
    LENGTH("length"),
    CADENCE("cadence"),
    GROUP_OUTREACH("group-outreach"),
    GRAMMAR("grammar"),
    SPELLING("spelling");

    private final String id;

    Category(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /**
     * Whether the category judges the draft as a whole (how long it is, how often the writer
     * publishes) rather than some of its words: its findings belong in the panel, not under a sentence.
     */
    public boolean wholeDraft() {
        return this == LENGTH || this == CADENCE;
    }

    /**
     * The categories the guidance asks a writer to mind in a text: all but grammar, spelling and cadence
     * (how often the writer publishes is not a matter of one text).
     */
    public static Set<Category> audienceFirst() {
        return EnumSet.complementOf(EnumSet.of(GRAMMAR, SPELLING, CADENCE));
    }

    public static Category fromId(String id) {
        for (Category c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown category '" + id + "' (expected one of "
                + Arrays.stream(values()).map(Category::id).collect(Collectors.joining(", ")) + ")");
    }
}
