package org.readerfirst.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Severity;
import org.readerfirst.core.model.TextSnapshot;

/** English through the real LanguageTool, built once for the class: building it takes seconds. */
class EnglishGrammarTest {

    static GrammarService service;

    @BeforeAll
    static void buildLanguageTool() throws Exception {
        service = new GrammarService().start();
        service.loaded().get(2, TimeUnit.MINUTES);
        assertTrue(service.state(Language.ENGLISH).isReady(), service.state(Language.ENGLISH).toString());
    }

    @AfterAll
    static void close() {
        service.close();
    }

    static GrammarResult check(String text, GrammarOptions options) throws Exception {
        return service.check(new TextSnapshot(text, ContentType.POST, Language.ENGLISH), options).get(1, TimeUnit.MINUTES);
    }

    private static Finding at(GrammarResult result, String text, String words) {
        return result.findings().stream().filter(f -> text.substring(f.start(), f.end()).contains(words)
                || words.contains(text.substring(f.start(), f.end()))).findFirst()
                .orElseThrow(() -> new AssertionError("nothing flagged at '" + words + "' in " + result.findings()));
    }

    @Test
    void known_mistakes_are_found_with_suggestions_at_their_place_in_the_whole_draft() throws Exception {
        String text = "Our team shipped the release on time.\n\nHe go to work every day.\n\n"
                + "She ate a apple at lunch.\n\nI will recieve the report tomorrow.";
        GrammarResult result = check(text, GrammarOptions.defaults());
        assertTrue(result.complete());
        assertEquals(List.of(), result.notices());

        Finding verb = at(result, text, "go");
        assertEquals(Category.GRAMMAR, verb.category());
        assertTrue(verb.suggestions().contains("goes"), verb.toString());
        assertTrue(verb.ruleId().startsWith("lt:"), verb.ruleId());

        Finding article = at(result, text, "a apple");
        assertEquals(Category.GRAMMAR, article.category());
        assertEquals(Severity.WARNING, article.severity());
        assertTrue(article.suggestions().contains("an"), article.toString());

        Finding typo = at(result, text, "recieve");
        assertEquals(Category.SPELLING, typo.category());
        assertEquals(Severity.WARNING, typo.severity());
        assertEquals("recieve", text.substring(typo.start(), typo.end()));
        assertEquals("receive", typo.suggestions().get(0));
        assertFalse(typo.message().contains("<suggestion>"), typo.message());
        assertTrue(typo.message().contains("\u201crecieve\u201d"), "the message names the word: " + typo.message());
        assertFalse(typo.why().isEmpty());
    }

    @Test
    void a_spelling_finding_names_its_word_in_the_window_language() throws Exception {
        String text = "I will recieve the report tomorrow.";
        Finding typo = at(check(text, GrammarOptions.defaults().withMessageLanguage(Language.FINNISH)), text, "recieve");
        assertTrue(typo.message().contains("recieve") && typo.message().startsWith("Tuntematon sana"), typo.message());
    }

    @Test
    void a_clean_post_has_no_findings() throws Exception {
        GrammarResult result = check("Three things we learned from moving support to a four-day week: response "
                + "times held, sick days fell by a third, and hiring got easier. Here is how we measured each one.",
                GrammarOptions.defaults());
        assertEquals(List.of(), result.findings());
    }

    @Test
    void a_word_in_the_personal_dictionary_is_never_flagged() throws Exception {
        String text = "We moved our billing to Zorblaxi last spring.\n\nZorblaxi cut our costs by a third.";
        assertEquals(2, check(text, GrammarOptions.defaults()).findings().stream()
                .filter(f -> f.category() == Category.SPELLING).count());
        GrammarResult known = check(text, GrammarOptions.defaults().withPersonalDictionary(Set.of("zorblaxi")));
        assertEquals(List.of(), known.findings());
    }

    @Test
    void an_ignored_rule_is_not_applied() throws Exception {
        String text = "She ate a apple at lunch.";
        String rule = at(check(text, GrammarOptions.defaults()), text, "a apple").ruleId();
        assertTrue(check(text, GrammarOptions.defaults().withIgnoredRules(Set.of(rule))).findings().stream()
                .noneMatch(f -> f.ruleId().equals(rule)));
        assertTrue(check(text, GrammarOptions.defaults().withIgnoredRules(Set.of(rule.substring(3)))).findings()
                .stream().noneMatch(f -> f.ruleId().equals(rule)), "LanguageTool's bare id works too");
    }

    @Test
    void an_edit_in_one_paragraph_rechecks_only_that_paragraph() throws Exception {
        String before = "Incremental checks keep typing smooth for the writer.\n\n"
                + "The second paragraph talks about caching results.\n\n"
                + "The third paragraph has a mistake: she recieve letters.";
        long start = service.paragraphsChecked();
        GrammarResult first = check(before, GrammarOptions.defaults());
        assertEquals(3, service.paragraphsChecked() - start);

        String after = before.replace("talks about", "explains");
        long middle = service.paragraphsChecked();
        GrammarResult second = check(after, GrammarOptions.defaults());
        assertEquals(1, service.paragraphsChecked() - middle, "only the edited paragraph goes to LanguageTool");

        Finding was = at(first, before, "recieve");
        Finding is = at(second, after, "recieve");
        assertEquals(was.start() + after.length() - before.length(), is.start(), "offsets follow the edit");
        assertEquals(after.indexOf("recieve"), is.start());

        long again = service.paragraphsChecked();
        check(after, GrammarOptions.defaults().withPersonalDictionary(Set.of("recieve")));
        assertEquals(0, service.paragraphsChecked() - again, "a dictionary change re-uses what was checked");
    }

    @Test
    void a_newer_check_cancels_the_one_in_flight_and_its_result_is_never_delivered() throws Exception {
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            longText.append("Paragraph number ").append(i).append(" of a long article about cancelled checks, ")
                    .append("which nobody waits for any more.\n\n");
        }
        List<GrammarResult> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();
        long start = service.paragraphsChecked();
        var stale = service.check(new TextSnapshot(longText.toString(), ContentType.ARTICLE, Language.ENGLISH),
                GrammarOptions.defaults());
        stale.thenAccept(delivered::add);
        String fresh = "A short text he go to work.";
        GrammarResult result = check(fresh, GrammarOptions.defaults());

        assertTrue(stale.isCancelled());
        assertEquals(List.of(), delivered);
        assertTrue(result.findings().stream().allMatch(f -> f.end() <= fresh.length()), "the newer text's result");
        assertTrue(service.paragraphsChecked() - start < 40, "the cancelled check stopped early");
    }

    @Test
    void british_spelling_is_selectable() throws Exception {
        String text = "The colour of the logo is our favourite detail.";
        GrammarResult american = check(text, GrammarOptions.defaults().withVariant(EnglishVariant.AMERICAN));
        assertTrue(american.findings().stream().anyMatch(f -> text.substring(f.start(), f.end()).equals("colour")),
                american.findings().toString());
        GrammarResult british = check(text, GrammarOptions.defaults().withVariant(EnglishVariant.BRITISH));
        assertTrue(british.findings().stream().noneMatch(f -> text.substring(f.start(), f.end()).equals("colour")),
                british.findings().toString());
    }

    @Test
    void offsets_count_utf16_code_units_after_emoji() throws Exception {
        String text = "\uD83C\uDF89\uD83C\uDF89 Big news: I will recieve the award.";
        Finding typo = at(check(text, GrammarOptions.defaults()), text, "recieve");
        assertEquals(text.indexOf("recieve"), typo.start());
    }

    @Test
    void in_a_mixed_draft_each_paragraph_is_checked_in_its_own_language() throws Exception {
        String english = "He go to work every day and reads every report before lunch.";
        String finnish = "Tämä kappale on kirjoitettu suomeksi, ja siinä on yksi virhe: kisssa juoksee pihalla.";
        String text = english + "\n\n" + finnish;
        GrammarResult result = service.check(new TextSnapshot(text, ContentType.POST, Language.AUTO),
                GrammarOptions.defaults()).get(60, java.util.concurrent.TimeUnit.SECONDS);
        int finnishStart = text.indexOf(finnish);
        assertTrue(result.findings().stream().anyMatch(f -> f.end() <= finnishStart && f.ruleId().startsWith("lt:")),
                "the English paragraph goes to LanguageTool: " + result.findings());
        List<Finding> inFinnish = result.findings().stream().filter(f -> f.start() >= finnishStart).toList();
        assertTrue(inFinnish.stream().noneMatch(f -> f.ruleId().startsWith("lt:")),
                "no English checker on the Finnish paragraph: " + inFinnish);
        assertTrue(inFinnish.stream().anyMatch(f -> text.substring(f.start(), f.end()).equals("kisssa")),
                "Voikko finds the Finnish slip: " + inFinnish);
    }
}
