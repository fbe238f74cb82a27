package org.readerfirst.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Severity;
import org.readerfirst.core.model.TextSnapshot;

/**
 * Spelling as LinkedIn text needs it, through the real LanguageTool and Voikko: names and the words
 * of working life are no mistakes, a British text is not an American one with typos, and a Finnish
 * compound is checked by its Finnish part; real typos are still found.
 */
class LinkedInSpellingTest {

    static GrammarService service;

    @BeforeAll
    static void build() throws Exception {
        service = new GrammarService().start();
        service.loaded().get(2, TimeUnit.MINUTES);
    }

    @AfterAll
    static void close() {
        service.close();
    }

    private static List<Finding> spelling(String text, Language language, GrammarOptions options) throws Exception {
        return service.check(new TextSnapshot(text, ContentType.MESSAGE, language), options).get(1, TimeUnit.MINUTES)
                .findings().stream().filter(f -> f.category() == Category.SPELLING).toList();
    }

    /** The Finnish tests use the real Voikko; without it they fail rather than pass unread. */
    private static void requireVoikko() {
        if (!service.state(Language.FINNISH).isReady()) {
            throw new AssertionError("Voikko is needed: " + service.state(Language.FINNISH));
        }
    }

    private static String words(String text, List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).map(f -> text.substring(f.start(), f.end()))
                .collect(Collectors.joining(" "));
    }

    @Test
    void names_inside_a_sentence_addressed_or_signing_are_hints_and_typos_stay_warnings() throws Exception {
        String text = "Hi Riikka, I enjoyed the talk Jukka Virtanen gave at Netvisor on RevOps and SBAR.\n"
                + "Joonas, could we recieve the slides?\n\nThanks,\nAnneli Koivu";
        List<Finding> found = spelling(text, Language.ENGLISH, GrammarOptions.defaults());
        assertEquals("recieve", words(text, found, Severity.WARNING));
        for (String name : List.of("Riikka", "Jukka", "Virtanen", "Netvisor", "Joonas", "Anneli", "Koivu")) {
            assertTrue(words(text, found, Severity.HINT).contains(name), name + " in " + found);
        }
        Finding hint = found.stream().filter(f -> text.substring(f.start(), f.end()).equals("Riikka")).findFirst().orElseThrow();
        assertEquals(Severity.HINT, hint.severity());
        assertTrue(hint.message().startsWith("\u201cRiikka\u201d"), hint.message());
    }

    @Test
    void a_capitalised_typo_at_the_start_of_a_sentence_is_still_a_warning_and_names_its_word() throws Exception {
        String text = "Recieve the report first. Then we talk.";
        List<Finding> found = spelling(text, Language.ENGLISH, GrammarOptions.defaults());
        assertEquals("Recieve", words(text, found, Severity.WARNING));
        assertEquals("Tuntematon sana: \u201dRecieve\u201d", spelling(text, Language.ENGLISH,
                GrammarOptions.defaults().withMessageLanguage(Language.FINNISH)).get(0).message());
    }

    @Test
    void words_of_working_life_are_known() throws Exception {
        String text = "Our comms and RevOps teams run the onboarding webinars, and the KPIs sit in the CRM.";
        assertEquals(List.of(), spelling(text, Language.ENGLISH, GrammarOptions.defaults()));
    }

    @Test
    void british_spellings_pass_when_the_text_decides_and_are_flagged_when_the_writer_chose_american() throws Exception {
        String text = "We apologise: the personalised colour labels travelled to the wrong centre.";
        assertEquals(List.of(), spelling(text, Language.ENGLISH, GrammarOptions.defaults()));
        List<Finding> american = spelling(text, Language.ENGLISH,
                GrammarOptions.defaults().withVariant(EnglishVariant.AMERICAN));
        // LanguageTool's American dictionary takes "travelled" as it is.
        assertEquals("apologise personalised colour centre", words(text, american, Severity.WARNING));
        String typos = "We apologise for the mroe recent delay; smae again next week.";
        assertEquals("mroe smae", words(typos, spelling(typos, Language.ENGLISH, GrammarOptions.defaults()),
                Severity.WARNING));
    }

    @Test
    void words_the_writers_library_uses_are_hints() throws Exception {
        String text = "the partman extension keeps the tables small";
        assertEquals("partman", words(text, spelling(text, Language.ENGLISH, GrammarOptions.defaults()), Severity.WARNING));
        List<Finding> known = spelling(text, Language.ENGLISH, GrammarOptions.defaults().withLibraryWords(java.util.Set.of("Partman")));
        assertEquals("partman", words(text, known, Severity.HINT));
    }

    @Test
    void a_finnish_compound_with_a_foreign_part_is_checked_by_its_finnish_part() throws Exception {
        requireVoikko();
        String text = "Puhuin startup-yhteisössä ja HR-päivästä ISBAR-mallilla, mutta startup-yhteisösä on kirjoitusvirhe.";
        List<Finding> found = spelling(text, Language.FINNISH, GrammarOptions.defaults());
        assertEquals("startup-yhteisösä", words(text, found, Severity.WARNING));
    }

    @Test
    void finnish_words_of_the_trade_pass_with_their_endings_and_a_slip_of_a_short_word_does_not() throws Exception {
        requireVoikko();
        String text = "Kirjoitin kehotteen uudelleen, ja siitä tuli viraali webinaarissa. "
                + "Kokeilin myös joinilla, mutta mina en ymmärtänyt tulosta.";
        List<Finding> found = spelling(text, Language.FINNISH, GrammarOptions.defaults());
        assertEquals("mina", words(text, found, Severity.WARNING));
    }

    @Test
    void english_words_in_a_finnish_text_bare_inflected_or_as_a_compound_head_are_hints() throws Exception {
        requireVoikko();
        String text = "Siirsin benchmarkin pluginissa office-tiimille, googlasin ohjeet ja tallensin ne "
                + "kirjoitusrepositoryt-kansioon. Kuitenki unohdin yhden asian.";
        List<Finding> found = spelling(text, Language.FINNISH, GrammarOptions.defaults());
        assertEquals("Kuitenki", words(text, found, Severity.WARNING));
        assertTrue(words(text, found, Severity.HINT).contains("googlasin"), found.toString());
    }

    @Test
    void a_term_the_writer_uses_again_and_again_is_a_hint_and_a_slip_near_a_repeated_word_is_not() throws Exception {
        String fi = "Broetry on tyylilaji. Broetryn tunnistaa lyhyistä riveistä, ja broetrystä voi oppia jotain. "
                + "Tämä on todela yleistä, todella yleistä ja todella ärsyttävää.";
        List<Finding> finnish = spelling(fi, Language.FINNISH, GrammarOptions.defaults());
        assertEquals("todela", words(fi, finnish, Severity.WARNING));
        String en = "We rebuilt the control panel, controlled the rollout and now controll every release.";
        assertEquals("controll", words(en, spelling(en, Language.ENGLISH, GrammarOptions.defaults()), Severity.WARNING));
    }

    @Test
    void code_and_links_are_not_read_as_words() throws Exception {
        String text = "Run `SELECT nameString FROM usrs` first, then see https://example.com/docz for the recieve step.";
        assertEquals("recieve", words(text, spelling(text, Language.ENGLISH, GrammarOptions.defaults()), Severity.WARNING));
    }
}
