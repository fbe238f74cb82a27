package org.readerfirst.core.lang;

import java.util.Set;

/**
 * Gives the forms a word can be matched by: its base forms where a dictionary knows them, or a stem.
 * Finnish phrase rules match "kissani" and "kissastani" to "kissa" through this.
 */
public interface Lemmatizer {

    /** The base forms or stems of a lower-cased word; never empty (the word itself at least). */
    Set<String> forms(String lowerCaseWord);
}
