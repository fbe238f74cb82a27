package org.readerfirst.core.fidelity;

import org.readerfirst.core.model.Language;

/** A word and a way people really misspell it. */
public record TypoPair(Language language, String correct, String misspelt) {
}
