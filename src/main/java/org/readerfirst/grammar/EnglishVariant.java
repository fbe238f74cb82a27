package org.readerfirst.grammar;

/** Which spelling English is checked against. American is the default. */
public enum EnglishVariant {
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
}
