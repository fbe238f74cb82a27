package org.readerfirst.grammar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.readerfirst.core.model.Language;

/**
 * Words of working life that general dictionaries lack and no writer on LinkedIn should have to add
 * to one: "RevOps", "comms", "onboarding" in English, "alv", "min" in Finnish. They ship as data in
 * {@code assets/dictionary/}, one word a line, and are compared without regard to case; a Finnish one
 * also with a case ending on it, so the list holds a word's stems, not every form.
 */
final class FieldWords {

    private static final Set<String> ENGLISH = read("en.txt");
    private static final Set<String> FINNISH = read("fi.txt");

    private FieldWords() {
    }

    static boolean known(String word, Language language) {
        String w = word.toLowerCase(Locale.ROOT);
        // A Finnish text borrows the English terms of the trade as they are ("jsonb", "sql").
        // Finnish words of the trade take Finnish endings: "webinaarissa", "kehotteen".
        return ENGLISH.contains(w) || language == Language.FINNISH && FinnishEndings.withEnding(w, FINNISH::contains);
    }

    private static Set<String> read(String name) {
        Set<String> words = new HashSet<>();
        InputStream in = FieldWords.class.getResourceAsStream("/assets/dictionary/" + name);
        if (in == null) {
            return Set.of();
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
