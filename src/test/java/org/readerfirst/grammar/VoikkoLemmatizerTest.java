package org.readerfirst.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.lang.EnglishStemmer;
import org.readerfirst.core.lang.FinnishStemmer;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.TextSnapshot;
import org.readerfirst.core.rules.RuleBook;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.core.rules.RulePackLoader;

/** Voikko's base forms plugged into the rule engine, against the stemmer alone. */
class VoikkoLemmatizerTest {

    private static final String PACK = """
            language: fi
            rules:
              - id: test-management
                kind: phrase
                category: clarity
                severity: hint
                message: "”{match}”: kenestä tarkalleen puhut?"
                phrases: [johto]
                examples:
                  flagged: ["Johto päätti asiasta."]
                  clean: ["Tiimi päätti asiasta."]
            """;

    static VoikkoFinnish voikko;

    @TempDir
    static Path dir;

    @BeforeAll
    static void open() throws Exception {
        voikko = VoikkoFinnish.open(VoikkoLocation.system());
        Files.writeString(dir.resolve("mine.yaml"), PACK, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void close() {
        voikko.close();
    }

    private static List<String> flagged(Lemmatizers lemmatizers, String text) {
        RuleBook book = new RulePackLoader(lemmatizers).loadBuiltInAnd(dir);
        assertEquals(List.of(), book.problems());
        return new RuleEngine(book, lemmatizers).check(new TextSnapshot(text, ContentType.POST, Language.FINNISH))
                .findings().stream().filter(f -> f.ruleId().equals("test-management"))
                .map(f -> text.substring(f.start(), f.end())).toList();
    }

    @Test
    void base_forms_match_a_form_with_consonant_gradation_that_stems_miss() {
        String text = "Kysyin johdon mielipidettä uudesta mallista.";
        Lemmatizers withVoikko = new Lemmatizers(new EnglishStemmer(), new VoikkoLemmatizer(voikko));
        assertEquals(List.of("johdon"), flagged(withVoikko, text));
        assertEquals(List.of(), flagged(Lemmatizers.stemmers(), text), "the stemmer cannot undo d -> t");
    }

    @Test
    void without_voikko_the_stems_still_match_regular_forms() {
        String text = "Johtoa kuultiin ennen päätöstä.";
        assertEquals(List.of("Johtoa"), flagged(Lemmatizers.stemmers(), text));
        assertEquals(List.of("Johtoa"), flagged(new Lemmatizers(new EnglishStemmer(), new VoikkoLemmatizer(voikko)), text));
    }

    @Test
    void the_forms_include_the_stemmers_so_matching_never_gets_worse() {
        VoikkoLemmatizer lemmatizer = new VoikkoLemmatizer(voikko);
        for (String word : List.of("kissani", "syntymäpäivää", "verkostooni", "vaimoni", "qwzxkissa")) {
            assertTrue(lemmatizer.forms(word).containsAll(new FinnishStemmer().forms(word)), word);
        }
        assertTrue(lemmatizer.forms("kissani").contains("kissa"));
    }
}
