package org.readerfirst.grammar;

import java.util.Objects;

/**
 * Where to find Voikko.
 *
 * @param library the native library's name ("voikko") or its path
 * @param dictionaryPath a folder searched before the system's dictionary folders, or null for those alone
 * @param languageTag the dictionary to open: "fi", or a variant such as "fi-x-standard"
 */
public record VoikkoLocation(String library, String dictionaryPath, String languageTag) {

    public VoikkoLocation {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(languageTag, "languageTag");
    }

    /** The library and Finnish dictionary installed on the system, as Debian's packages put them. */
    public static VoikkoLocation system() {
        return new VoikkoLocation("voikko", null, "fi");
    }
}
