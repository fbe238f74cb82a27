package org.readerfirst.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.curation.PublishedText;
import org.readerfirst.core.curation.SourceComparison;
import org.readerfirst.core.curation.SourceText;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.CheckSettings;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.TextSnapshot;

/** Real drafts beside the texts they share: what the curation checks say about each. */
class CurationSourceChecksTest {
    private static final RuleEngine ENGINE = BuiltInRules.engine();

    static String resource(String name) {
        try (InputStream in = CurationSourceChecksTest.class.getResourceAsStream("/curation/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Finding> curation(String draft, CheckSettings settings) {
        return ENGINE.check(new TextSnapshot(draft, ContentType.POST, Language.AUTO), settings).findings().stream()
                .filter(f -> f.category() == Category.CURATION).toList();
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).distinct().sorted().toList();
    }

    private static final SourceText ONBOARDING = SourceText.of(resource("onboarding-source.txt"));
    private static final SourceText PALAUTE = SourceText.of(resource("palaute-lahde.txt"));

    @Test
    void a_repost_copied_whole_is_flagged_as_unquoted_and_as_having_no_take_of_its_own() {
        String draft = resource("onboarding-repost.txt");
        SourceComparison c = ONBOARDING.compare(draft);
        assertTrue(c.copiedShare() > 0.9, "share " + c.copiedShare());
        assertFalse(c.attributed());
        List<Finding> found = curation(draft, CheckSettings.defaults().withSource(ONBOARDING));
        assertTrue(ids(found).containsAll(List.of("curation-copied-little-own", "curation-copied-unquoted")), ids(found).toString());
        Finding take = found.stream().filter(f -> f.ruleId().equals("curation-copied-little-own")).findFirst().orElseThrow();
        assertTrue(take.message().contains("Add your own take: why does this matter to your readers?"), take.message());
        Finding unquoted = found.stream().filter(f -> f.ruleId().equals("curation-copied-unquoted")).findFirst().orElseThrow();
        assertEquals(0, unquoted.start(), "the copy starts the post");
        assertEquals("\u201c" + draft.substring(unquoted.start(), unquoted.end()) + "\u201d", unquoted.suggestions().get(0));
        assertEquals('.', draft.charAt(unquoted.end() - 1), "the full stop goes inside the quotation");
    }

    @Test
    void the_same_material_quoted_credited_and_commented_on_passes() {
        String draft = resource("onboarding-curated.txt");
        SourceComparison c = ONBOARDING.compare(draft);
        assertTrue(c.copiedAny());
        assertTrue(c.attributed(), "Maria Lindqvist is named");
        assertTrue(c.copiedShare() < 0.3, "share " + c.copiedShare());
        assertEquals(List.of(), curation(draft, CheckSettings.defaults().withSource(ONBOARDING)));
    }

    @Test
    void a_paraphrase_copies_nothing_and_the_source_checks_stay_silent() {
        String draft = resource("onboarding-paraphrase.txt");
        SourceComparison c = ONBOARDING.compare(draft);
        assertEquals(0.0, c.copiedShare());
        assertEquals(c.draftWords(), c.ownWords());
        assertEquals(List.of(), ids(curation(draft, CheckSettings.defaults().withSource(ONBOARDING))).stream()
                .filter(id -> id.startsWith("curation-copied")).toList());
    }

    @Test
    void finnish_quotes_without_a_source_are_told_in_finnish() {
        String draft = resource("palaute-lainattu.txt");
        CheckSettings settings = CheckSettings.defaults().withSource(PALAUTE).withMessageLanguage(Language.FINNISH);
        List<Finding> found = curation(draft, settings);
        assertEquals(List.of("curation-copied-little-own", "curation-copied-unattributed"), ids(found));
        Finding credit = found.stream().filter(f -> f.ruleId().equals("curation-copied-unattributed")).findFirst().orElseThrow();
        assertTrue(credit.message().startsWith("Lainaus on lähteestäsi"), credit.message());
        assertTrue(credit.message().contains("(Anna Virtanen)"), "names the author from the byline: " + credit.message());
        assertEquals(0, credit.start(), "marks the first quotation");
        Finding take = found.stream().filter(f -> f.ruleId().equals("curation-copied-little-own")).findFirst().orElseThrow();
        assertTrue(take.message().contains("Lisää oma näkemyksesi: miksi tämä on tärkeää lukijoillesi?"), take.message());
    }

    @Test
    void an_inflected_finnish_credit_and_a_take_of_ones_own_pass() {
        String draft = resource("palaute-kuratoitu.txt");
        assertTrue(PALAUTE.compare(draft).attributed(), "Anna Virtasen names Anna Virtanen");
        assertEquals(List.of(), curation(draft, CheckSettings.defaults().withSource(PALAUTE)));
    }

    @Test
    void without_a_source_the_quote_checks_of_the_packs_still_speak() {
        List<String> found = ids(curation(resource("palaute-lainattu.txt"), CheckSettings.defaults()));
        assertTrue(found.contains("curation-quote-unattributed"), found.toString());
        assertFalse(found.stream().anyMatch(id -> id.startsWith("curation-copied")), found.toString());
    }

    @Test
    void a_draft_close_to_an_earlier_published_one_names_its_date() {
        String earlier = resource("onboarding-curated.txt");
        String again = earlier.replace("in October", "in November") + "\n\n#onboarding";
        CheckSettings settings = CheckSettings.defaults().withPublished(List.of(
                new PublishedText(resource("onboarding-paraphrase.txt"), LocalDate.of(2026, 9, 1)),
                new PublishedText(earlier, LocalDate.of(2026, 10, 2))));
        Finding f = curation(again, settings).stream().filter(x -> x.ruleId().equals("curation-near-duplicate"))
                .findFirst().orElseThrow();
        assertTrue(f.message().startsWith("You published something very close to this on 2026-10-02"), f.message());
        Finding fi = curation(again, settings.withMessageLanguage(Language.FINNISH)).stream()
                .filter(x -> x.ruleId().equals("curation-near-duplicate")).findFirst().orElseThrow();
        assertTrue(fi.message().startsWith("Julkaisit jotain hyvin samankaltaista 2.10.2026"), fi.message());
    }

    @Test
    void a_new_draft_on_the_same_topic_is_no_duplicate() {
        CheckSettings settings = CheckSettings.defaults().withPublished(List.of(
                new PublishedText(resource("onboarding-curated.txt"), LocalDate.of(2026, 10, 2))));
        assertFalse(ids(curation(resource("onboarding-paraphrase.txt"), settings)).contains("curation-near-duplicate"));
    }

    @Test
    void only_the_part_of_a_copy_left_outside_the_quotation_marks_is_flagged() {
        String draft = "Maria Lindqvist on onboarding: \"Every day has one goal, one person to ask, and one ticket type "
                + "to close.\" The plan fits on two pages, and the team lead reviews it with the new agent every Friday "
                + "afternoon. We do the same now, and our new developers ship in their second week.";
        List<Finding> unquoted = curation(draft, CheckSettings.defaults().withSource(ONBOARDING)).stream()
                .filter(f -> f.ruleId().equals("curation-copied-unquoted")).toList();
        assertEquals(1, unquoted.size(), unquoted.toString());
        assertEquals(draft.indexOf("The plan fits"), unquoted.get(0).start());
        assertEquals(draft.indexOf("afternoon.") + "afternoon.".length(), unquoted.get(0).end());
    }
}
