package org.readerfirst;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Text no writer means to type but every program meets: emoji with modifiers and joiners, combining
 * marks, right-to-left runs and overrides, zero-width characters, lone surrogates, NUL, and words.
 */
public final class HostileText {

    private HostileText() {
    }

    public static Arbitrary<String> text() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.of("👍🏽", "👨‍👩‍👧", "🇫🇮", "e\u0301", "\u200b", "\u200d", "\u202e", "שלום", "مرحبا",
                        "\ud800", "\udc00", "\u0000", "\n\n", "\r\n", "!!!", "#tag", "Happy birthday", "Hyvää syntymäpäivää",
                        "\"quoted text that goes on for a while\"", "> quoted line", "I", "minä", "...", "’"),
                Arbitraries.strings().withCharRange('a', 'ö').ofMaxLength(12));
        return pieces.list().ofMaxSize(60).map(l -> String.join(" ", l));
    }
}
