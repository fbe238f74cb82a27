package org.readerfirst.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Severity;

/** Finnish through the real Voikko installed on the machine (Debian: libvoikko1 and voikko-fi). */
class FinnishSpellingTest {

    static VoikkoFinnish voikko;

    @BeforeAll
    static void open() throws VoikkoUnavailableException {
        voikko = VoikkoFinnish.open(VoikkoLocation.system());
    }

    @AfterAll
    static void close() {
        voikko.close();
    }

    private static List<Finding> check(String text, GrammarOptions options) {
        return voikko.check(text, options, () -> false);
    }

    private static Finding at(List<Finding> findings, String text, String words) {
        return findings.stream().filter(f -> text.substring(f.start(), f.end()).equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("nothing flagged at '" + words + "' in " + findings));
    }

    @Test
    void a_misspelt_word_is_found_with_suggestions() {
        String text = "Kisssa istui ikkunalla koko päivän.";
        Finding typo = at(check(text, GrammarOptions.defaults()), text, "Kisssa");
        assertEquals(Category.SPELLING, typo.category());
        assertEquals(Severity.WARNING, typo.severity());
        assertEquals("voikko:spelling", typo.ruleId());
        assertTrue(typo.suggestions().contains("Kissa"), typo.suggestions().toString());
    }

    @Test
    void correct_inflected_words_links_and_hashtags_are_not_flagged() {
        String text = "Asiakkaiden palautteesta opimme paljon: lue lisää https://example.com/blogi #asiakaskokemus @Liisa";
        assertEquals(List.of(), check(text, GrammarOptions.defaults()));
    }

    @Test
    void voikkos_grammar_errors_come_with_its_own_description() {
        String text = "Tämä on on hyvä esimerkki.";
        Finding repeated = at(check(text, GrammarOptions.defaults().withMessageLanguage(Language.FINNISH)), text, "on on");
        assertEquals(Category.GRAMMAR, repeated.category());
        assertEquals("voikko:repeated-word", repeated.ruleId());
        assertEquals("Sana on kirjoitettu kahteen kertaan.", repeated.message());
        assertEquals(List.of("on"), repeated.suggestions());
        Finding english = at(check(text, GrammarOptions.defaults()), text, "on on");
        assertEquals("Remove duplicate word.", english.message());
    }

    @Test
    void grammar_offsets_count_utf16_code_units_after_emoji() {
        String text = "\uD83C\uDF89\uD83C\uDF89 Tämä on on hyvä esimerkki.";
        Finding repeated = at(check(text, GrammarOptions.defaults()), text, "on on");
        assertEquals(text.indexOf("on on"), repeated.start());
        String lines = "Otsikko \uD83C\uDF89\uD83C\uDF89\nToinen rivi on on hyvä.";
        assertEquals(lines.indexOf("on on"), at(check(lines, GrammarOptions.defaults()), lines, "on on").start(),
                "an emoji on an earlier line of the paragraph");
    }

    @Test
    void base_forms_undo_inflection_and_consonant_gradation() {
        assertEquals(Set.of("kissa"), voikko.baseForms("kissani"));
        assertEquals(Set.of("johto"), voikko.baseForms("johdon"));
        assertEquals(Set.of("lapsi"), voikko.baseForms("lapset"));
        assertEquals(Set.of(), voikko.baseForms("qwzx"));
    }

    @Test
    void a_missing_library_is_reported_with_how_to_install_it() {
        VoikkoUnavailableException e = assertThrows(VoikkoUnavailableException.class,
                () -> VoikkoFinnish.open(new VoikkoLocation("/nonexistent/libvoikko.so.1", null, "fi")));
        assertTrue(e.getMessage().contains("sudo apt-get install libvoikko1 voikko-fi"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void a_missing_dictionary_is_reported_with_how_to_install_it() {
        VoikkoUnavailableException e = assertThrows(VoikkoUnavailableException.class,
                () -> VoikkoFinnish.open(new VoikkoLocation("voikko", "/nonexistent", "fi-x-nosuchdictionary")));
        assertTrue(e.getMessage().contains("voikko-fi"), e.getMessage());
        assertTrue(e.getMessage().contains("voikko.puimula.org"), e.getMessage());
    }
}
