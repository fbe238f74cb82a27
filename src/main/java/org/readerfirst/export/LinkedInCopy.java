package org.readerfirst.export;

import java.util.Objects;
import java.util.Optional;

/**
 * What "Copy for LinkedIn" puts on the clipboard: always plain text, and for an article also HTML,
 * which LinkedIn's article editor takes as rich text when pasted.
 */
public record LinkedInCopy(String plain, Optional<String> html) {

    public LinkedInCopy {
        Objects.requireNonNull(plain, "plain");
        Objects.requireNonNull(html, "html");
    }

    public boolean isEmpty() {
        return plain.isBlank();
    }

    /**
     * How many characters LinkedIn receives: the plain text counted in Unicode characters (a letter
     * styled bold counts once; an emoji with its skin tone and joiners counts the characters it is
     * made of). The one count the window shows.
     */
    public int length() {
        return plain.codePointCount(0, plain.length());
    }
}
