package org.readerfirst.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.CheckResult;
import org.readerfirst.core.model.CheckSettings;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Severity;
import org.readerfirst.core.model.TextSnapshot;

class RuleEngineTest {
    private static final RuleEngine ENGINE = BuiltInRules.engine();

    private static List<Finding> check(String text, ContentType type) {
        return ENGINE.check(new TextSnapshot(text, type, Language.AUTO)).findings();
    }

    private static List<Finding> in(List<Finding> findings, Category category) {
        return findings.stream().filter(f -> f.category() == category).toList();
    }

    @Test
    void a_stock_birthday_message_is_an_error_spanning_the_phrase() {
        String text = "Happy birthday!";
        List<Finding> t = in(check(text, ContentType.MESSAGE), Category.TEMPLATE_MESSAGE);
        assertEquals(1, t.size());
        assertEquals(Severity.ERROR, t.get(0).severity());
        assertEquals("Happy birthday", text.substring(t.get(0).start(), t.get(0).end()));
        assertTrue(t.get(0).message().contains("Happy birthday"), t.get(0).message());
        assertTrue(!t.get(0).why().isBlank());
    }

    @Test
    void close_variants_of_the_stock_phrases_are_found() {
        for (String text : List.of("Happy belated birthday, Sam", "happy b-day!", "Congrats on your work anniversary!",
                "Congratulations on the 5-year work anniversary", "I'd like to add you to my professional network",
                "Hapy brithday")) {
            assertEquals(1, in(check(text, ContentType.MESSAGE), Category.TEMPLATE_MESSAGE).size(), text);
        }
    }

    @Test
    void finnish_stock_phrases_match_in_inflected_forms() {
        for (String text : List.of("Onnittelut työvuosipäivän johdosta!", "Onnittelut työvuosipäivästäsi",
                "Paljon onnea syntymäpäivänäsi", "Haluaisin lisätä sinut LinkedIn-verkostooni.",
                "Hyvää syntymäpäivää!")) {
            List<Finding> t = in(check(text, ContentType.MESSAGE), Category.TEMPLATE_MESSAGE);
            assertEquals(1, t.size(), text + " -> " + t);
        }
    }

    @Test
    void a_phrase_does_not_match_across_sentences() {
        // The birthday greeting is not read across the full stop (the message may still be stock otherwise).
        assertEquals(List.of(), in(check("I am happy. Birthday plans are on hold this year.", ContentType.MESSAGE),
                Category.TEMPLATE_MESSAGE).stream().filter(f -> f.ruleId().equals("template-birthday")).toList());
    }

    @Test
    void template_rules_only_judge_the_surfaces_they_name() {
        String text = "Great post! We ran the same experiment last spring and saw the same drop in churn after month two.";
        assertEquals(1, in(check(text, ContentType.COMMENT), Category.TEMPLATE_MESSAGE).size());
        assertEquals(0, in(check(text, ContentType.ARTICLE), Category.TEMPLATE_MESSAGE).size());
    }

    @Test
    void the_part_past_the_limit_is_flagged_for_each_surface() {
        String note = "x".repeat(310);
        List<Finding> f = in(check(note, ContentType.CONNECTION_NOTE), Category.LENGTH).stream()
                .filter(x -> x.ruleId().equals("length-over-limit")).toList();
        assertEquals(1, f.size());
        assertEquals(300, f.get(0).start());
        assertEquals(310, f.get(0).end());
        assertEquals(0, in(check(note, ContentType.MESSAGE), Category.LENGTH).size());
        String comment = "word ".repeat(260);
        assertEquals(1, in(check(comment, ContentType.COMMENT), Category.LENGTH).size());
    }

    @Test
    void a_limit_never_splits_an_emoji() {
        String text = "a".repeat(299) + "😀😀";
        Finding f = in(check(text, ContentType.CONNECTION_NOTE), Category.LENGTH).stream()
                .filter(x -> x.ruleId().equals("length-over-limit")).findFirst().orElseThrow();
        assertEquals(299, f.start());
    }

    @Test
    void hashtags_past_the_surface_allowance_are_flagged_from_the_first_extra_one() {
        String text = "Our offline app, what we learned. #one #two #three #four #five #six #seven #eight";
        List<Finding> f = in(check(text, ContentType.POST), Category.PROFESSIONAL_TONE);
        assertEquals(1, f.size());
        assertEquals("#seven #eight", text.substring(f.get(0).start(), f.get(0).end()));
        assertTrue(f.get(0).message().startsWith("8 hashtags"), f.get(0).message());
        assertEquals(1, in(check("Thanks for the tip on pacing. #one #two #three", ContentType.COMMENT),
                Category.PROFESSIONAL_TONE).size());
    }

    @Test
    void messages_follow_the_app_language_not_the_draft_language() {
        TextSnapshot s = new TextSnapshot("Hyvää syntymäpäivää!", ContentType.MESSAGE, Language.FINNISH);
        String en = ENGINE.check(s, Language.ENGLISH, Set.of()).findings().get(0).message();
        String fi = ENGINE.check(s, Language.FINNISH, Set.of()).findings().get(0).message();
        assertTrue(en.contains("greeting"), en);
        assertTrue(fi.contains("onnittelu"), fi);
    }

    @Test
    void a_switched_off_rule_gives_no_findings() {
        TextSnapshot s = new TextSnapshot("Happy birthday!", ContentType.MESSAGE, Language.ENGLISH);
        assertTrue(ENGINE.check(s, Language.ENGLISH, Set.of("template-birthday")).findings().stream()
                .noneMatch(f -> f.ruleId().equals("template-birthday")));
        assertEquals(0, ENGINE.check(s, Language.ENGLISH, Set.of("template-birthday", "template-generic-praise",
                "personal-nothing-specific")).findings().size());
    }

    @Test
    void each_stock_congratulation_has_its_own_words() {
        Map<String, String> ruleOf = Map.of(
                "Congrats on the new role!", "template-new-role",
                "Happy work anniversary!", "template-anniversary",
                "Onnea uudessa työssä!", "template-new-role",
                "Onnittelut työvuosipäivästä!", "template-anniversary");
        Set<String> messages = new java.util.HashSet<>();
        ruleOf.forEach((text, rule) -> {
            List<Finding> stock = ENGINE.check(new TextSnapshot(text, ContentType.COMMENT, Language.AUTO),
                    CheckSettings.defaults().withMessageLanguage(Language.FINNISH)).findings().stream()
                    .filter(f -> f.category() == Category.TEMPLATE_MESSAGE).toList();
            assertEquals(List.of(rule), stock.stream().map(Finding::ruleId).toList(), text);
            messages.add(stock.get(0).message().replaceAll("”[^”]*”", ""));
        });
        assertEquals(2, messages.size(), "a new job and an anniversary are told apart: " + messages);
        assertTrue(ENGINE.check(new TextSnapshot("Happy work anniversary!", ContentType.COMMENT, Language.AUTO))
                .findings().stream().noneMatch(f -> f.category() == Category.SELF_PROMOTION),
                "someone else's anniversary is not the writer's company news");
        assertTrue(messages.stream().anyMatch(m -> m.contains("uudesta työstä")), messages.toString());
    }

    @Test
    void the_detected_language_is_reported() {
        CheckResult r = ENGINE.check(new TextSnapshot("Kiitos jakamisesta, tämä oli hyvä muistutus.", ContentType.COMMENT,
                Language.AUTO));
        assertEquals(Language.FINNISH, r.language());
    }

    @Test
    void an_empty_draft_has_no_findings() {
        assertEquals(List.of(), check("", ContentType.POST));
        assertEquals(List.of(), check("   \n\n", ContentType.ARTICLE));
    }

    @Test
    void a_finnish_phrase_with_a_possessive_keeps_it() {
        String mine = "Ihana laiska sunnuntai vaimoni kanssa rannalla, jäätelöä ja aurinkoa koko päivän.";
        String general = "Miehet ja vaimot jonottivat rannalla, kun esittelimme uuden palvelumallin kaupungille.";
        assertEquals(1, in(ENGINE.check(new TextSnapshot(mine, ContentType.POST, Language.FINNISH)).findings(),
                Category.PERSONAL_CONTENT).stream().filter(f -> mine.substring(f.start(), f.end()).equals("vaimoni"))
                .count());
        assertEquals(List.of(), in(ENGINE.check(new TextSnapshot(general, ContentType.POST, Language.FINNISH)).findings(),
                Category.PERSONAL_CONTENT).stream().filter(f -> general.substring(f.start(), f.end()).startsWith("vaimo"))
                .toList());
    }

    @Test
    void an_exact_word_matches_no_other_inflection() {
        List<Finding> f = in(ENGINE.check(new TextSnapshot("Meillä on sama ongelma, ja meidän tiimi korjasi sen.",
                ContentType.COMMENT, Language.FINNISH)).findings(), Category.PROFESSIONAL_TONE);
        assertEquals(List.of(), f);
    }

    @Test
    void an_exact_finnish_word_is_itself_with_a_clitic_after_it() {
        String text = "Oikeassa elämässä sattuu paskaakin, ja se on hyvä muistaa.";
        List<Finding> f = in(ENGINE.check(new TextSnapshot(text, ContentType.POST, Language.FINNISH)).findings(),
                Category.PROFESSIONAL_TONE);
        assertEquals(List.of("paskaakin"), f.stream().map(x -> text.substring(x.start(), x.end())).toList());
    }

    @Test
    void a_finnish_post_is_held_to_fewer_words_than_an_english_one() {
        String finnish = "Kasvatimme myyntiä kolmanneksella yhdellä selkeällä hinnastolla.";
        String english = "We grew sales by a third with one page.";
        assertEquals(List.of(), in(ENGINE.check(new TextSnapshot(finnish, ContentType.POST, Language.FINNISH)).findings(),
                Category.LENGTH));
        assertEquals(1, in(ENGINE.check(new TextSnapshot("Lyhyt päivitys tänään.", ContentType.POST, Language.FINNISH))
                .findings(), Category.LENGTH).size());
        assertEquals(List.of(), in(check(english + " Here is the page.", ContentType.POST), Category.LENGTH));
        assertEquals(1, in(check("We grew sales by a third.", ContentType.POST), Category.LENGTH).size());
    }

    @Test
    void a_rule_that_yields_to_a_finding_is_silent_only_when_that_finding_stands() {
        String bait = "I almost quit. Then something unexpected happened. Comment YES below.";
        String plain = "I almost quit last spring. Then my manager gave me a project I liked, and I stayed.";
        assertEquals(List.of(), in(check(bait, ContentType.POST), Category.READER_BENEFIT).stream()
                .filter(f -> f.ruleId().equals("benefit-no-takeaway")).toList());
        assertEquals(1, in(check(plain, ContentType.POST), Category.READER_BENEFIT).stream()
                .filter(f -> f.ruleId().equals("benefit-no-takeaway")).count());
        // With the bait checks turned off, the bait no longer stands, and the takeaway check speaks again.
        Set<String> baitRules = in(check(bait, ContentType.POST), Category.ENGAGEMENT_BAIT).stream()
                .map(Finding::ruleId).collect(java.util.stream.Collectors.toSet());
        assertTrue(!baitRules.isEmpty());
        List<String> ids = ENGINE.check(new TextSnapshot(bait, ContentType.POST, Language.ENGLISH),
                CheckSettings.defaults().withDisabledRules(baitRules)).findings().stream().map(Finding::ruleId).toList();
        assertTrue(ids.contains("benefit-no-takeaway"), ids.toString());
    }

    @Test
    void a_greeting_before_a_bare_quotation_is_the_quotations_problem_not_the_openings() {
        String quote = "Dear connections,\n\n“Culture eats strategy for breakfast, and the hardest part of any change is"
                + " what people do when nobody is watching.”\n\nHave a great day!";
        String story = "Dear connections, this week we cut our release checklist from forty items to twelve. The twelve"
                + " that stayed are the ones that caught a real bug in the last year. Here is the list.";
        assertEquals(1, in(check(quote, ContentType.POST), Category.CURATION).size());
        assertEquals(List.of(), in(check(quote, ContentType.POST), Category.HOOK));
        assertEquals(List.of("hook-filler-opening"), in(check(story, ContentType.POST), Category.HOOK).stream()
                .filter(f -> f.severity() != Severity.HINT).map(Finding::ruleId).toList());
    }

    @Test
    void a_jargon_word_comes_with_its_plain_alternative_in_the_same_case() {
        String text = "Leverage what you have before you buy anything new.";
        Finding f = in(check(text, ContentType.POST), Category.CLARITY).get(0);
        assertEquals("Leverage", text.substring(f.start(), f.end()));
        assertEquals(List.of("Use"), f.suggestions());
    }

    @Test
    void a_run_of_emoji_can_be_removed_with_one_click() {
        String text = "Launch day! 🚀🚀🚀 Here is what we shipped and why it matters to support teams.";
        Finding f = in(check(text, ContentType.POST), Category.PROFESSIONAL_TONE).stream()
                .filter(x -> x.ruleId().equals("emoji-run")).findFirst().orElseThrow();
        String fixed = text.substring(0, f.start()) + f.suggestions().get(0) + text.substring(f.end());
        assertEquals("Launch day! Here is what we shipped and why it matters to support teams.", fixed);
    }

    @Test
    void a_private_story_with_a_work_lesson_is_fine() {
        String lesson = "My daughter taught me more about negotiation this week than any course did. The same is true with customers.";
        String plain = "Lovely lazy Sunday with my wife and kids at the beach, the best ice cream in town.";
        assertEquals(List.of(), in(check(lesson, ContentType.POST), Category.PERSONAL_CONTENT));
        assertTrue(in(check(plain, ContentType.POST), Category.PERSONAL_CONTENT).size() >= 1);
    }

    @Test
    void an_ordinary_word_is_not_taken_for_the_jargon_it_resembles() {
        String text = "Our team never stops learning from support tickets, and the lessons go into the next release.";
        assertEquals(List.of(), in(check(text, ContentType.POST), Category.CLARITY));
        assertEquals(1, in(check("Here are my learnings from the quarter.", ContentType.POST), Category.CLARITY).size());
    }
}
