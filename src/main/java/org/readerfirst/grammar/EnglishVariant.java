package org.readerfirst.grammar;

/**
 * Which spelling English is checked against. {@link #AUTOMATIC}, the default, takes it from the text:
 * it is checked as American, and a British spelling ("apologise", "colour", "travelled") is accepted
 * as the writer's variant rather than flagged.
 */
public enum EnglishVariant {
    AUTOMATIC("en-US"),
    AMERICAN("en-US"),
    BRITISH("en-GB");

    private final String languageTag;

    EnglishVariant(String languageTag) {
        this.languageTag = languageTag;
    }

    /** The BCP 47 tag LanguageTool knows the variant by. */
    public String languageTag() {
        return languageTag;
    }

    /** The dictionary the text goes through: American for {@link #AUTOMATIC}. */
    public EnglishVariant checkedAs() {
        return this == AUTOMATIC ? AMERICAN : this;
    }
}
