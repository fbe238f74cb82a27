package org.readerfirst.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.metrics.Span;
import org.readerfirst.core.metrics.StyledText;
import org.readerfirst.core.model.CheckSettings;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.TextSnapshot;

/** The styled-text and hashtag-case rules beyond their pack examples: spans, fixes and restraint. */
class LinkedInTextRulesTest {

    private static final RuleBook BOOK = BuiltInRules.book();
    private static final RuleEngine ENGINE = BuiltInRules.engine();

    private static List<Finding> findings(String rule, String text, ContentType type) {
        Set<String> others = BOOK.rules().stream().map(Rule::id).filter(id -> !id.equals(rule)).collect(Collectors.toSet());
        return ENGINE.check(new TextSnapshot(text, type, Language.ENGLISH),
                CheckSettings.defaults().withDisabledRules(others)).findings();
    }

    @Test
    void emphasis_and_runs_of_styled_letters_are_found_and_their_fix_is_the_plain_words() {
        String text = "A **bold claim** and 𝗯𝗼𝗹𝗱 𝘄𝗼𝗿𝗱𝘀 but not 5 * 3 * 2 or snake_case_names.";
        List<Span> spans = StyledText.find(text);
        assertEquals(List.of("**bold claim**", "𝗯𝗼𝗹𝗱 𝘄𝗼𝗿𝗱𝘀"),
                spans.stream().map(s -> text.substring(s.start(), s.end())).toList());
        assertEquals("bold claim", StyledText.plain("**bold claim**"));
        assertEquals("bold words", StyledText.plain("𝗯𝗼𝗹𝗱 𝘄𝗼𝗿𝗱𝘀"));
    }

    @Test
    void styling_in_the_hook_is_flagged_with_the_plain_words_as_its_fix() {
        List<Finding> found = findings("styled-text-in-hook", "**Ship small.** Then ship again.", ContentType.POST);
        assertEquals(1, found.size());
        assertEquals(List.of("Ship small."), found.get(0).suggestions());
        assertEquals(List.of(), findings("styled-text-in-hook", "**Ship small.** Then ship again.", ContentType.ARTICLE));
    }

    @Test
    void a_styled_hashtag_gets_its_plain_form_as_the_fix() {
        List<Finding> found = findings("styled-text-in-hashtag", "Read more. #𝗷𝗮𝘃𝗮", ContentType.POST);
        assertEquals(List.of("#java"), found.get(0).suggestions());
    }

    @Test
    void camel_case_is_suggested_only_for_one_clear_split_into_known_words() {
        List<Finding> found = findings("hashtag-camel-case", "Notes. #futureofwork #opentowork", ContentType.POST);
        assertEquals(List.of(List.of("#FutureOfWork"), List.of("#OpenToWork")),
                found.stream().map(Finding::suggestions).toList());
        assertEquals(List.of(), findings("hashtag-camel-case",
                "Notes. #teamwork #leadership #FutureOfWork #tietoturva #workflowtips2", ContentType.POST));
    }

    @Test
    void the_split_with_fewest_parts_wins_and_a_tag_with_no_split_gets_none() {
        HashtagCaseRule rule = (HashtagCaseRule) BOOK.rules().stream().filter(r -> r.id().equals("hashtag-camel-case"))
                .findFirst().orElseThrow();
        assertEquals(List.of("data", "science"), rule.split("datascience"));
        assertEquals(List.of("teamwork", "day"), rule.split("teamworkday"));
        assertEquals(List.of(), rule.split("zzzdata"));
    }
}
