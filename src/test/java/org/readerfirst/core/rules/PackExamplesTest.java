package org.readerfirst.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.curation.PublishedText;
import org.readerfirst.core.curation.SourceText;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.readerfirst.core.model.Audience;
import org.readerfirst.core.model.Publication;
import org.readerfirst.core.model.PublishingPlan;
import org.readerfirst.core.model.CheckSettings;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.TextSnapshot;

/** Every rule of every built-in pack flags its flagged examples and leaves its clean ones alone. */
class PackExamplesTest {

    private static final RuleBook BOOK = BuiltInRules.book();
    private static final RuleEngine ENGINE = BuiltInRules.engine();

    @Test
    void every_built_in_pack_loads_without_problems() {
        assertEquals(List.of(), BOOK.problems());
        assertTrue(BOOK.rules().size() >= 8, "rules loaded: " + BOOK.rules().size());
    }

    @Test
    void both_languages_have_template_rules() {
        for (Language language : List.of(Language.ENGLISH, Language.FINNISH)) {
            assertTrue(BOOK.rules().stream().anyMatch(r -> r.id().startsWith("template-")
                    && r.appliesTo(ContentType.MESSAGE, language)), language.id());
        }
    }

    static Stream<Arguments> examples() {
        List<Arguments> cases = new ArrayList<>();
        for (Rule rule : BOOK.rules()) {
            PackRule r = (PackRule) rule;
            Examples ex = r.definition().examples();
            ContentType type = ex.type() != null ? ContentType.fromId(ex.type())
                    : r.definition().appliesTo().isEmpty() ? ContentType.POST
                    : ContentType.fromId(r.definition().appliesTo().get(0));
            Language language = ex.language() != null ? Language.fromId(ex.language())
                    : r.language() != null ? r.language() : Language.ENGLISH;
            String where = (r.language() == null ? "any" : r.language().id()) + "/" + r.id();
            // Each rule is judged alone: another rule of its category may claim the same words. A rule that
            // speaks after another category's finding keeps the rules of that category.
            java.util.Set<String> others = BOOK.rules().stream()
                    .filter(o -> !o.id().equals(r.id()) && !r.requiresFinding().contains(o.category()))
                    .map(Rule::id).collect(java.util.stream.Collectors.toSet());
            CheckSettings alone = CheckSettings.defaults().withDisabledRules(others);
            CheckSettings settings = (ex.audience().isEmpty() ? alone
                    : alone.withAudience(new Audience("the readers", "", ex.audience(), language)))
                    .withSource(ex.source() == null ? null : SourceText.of(ex.source()))
                    .withPublished(ex.earlier().stream().map(e -> new PublishedText(e.substring(12),
                            java.time.LocalDate.parse(e.substring(0, 10)))).toList());
            CheckSettings flaggedSettings = ex.log().isEmpty() ? settings : settings.withPublishing(plan(ex.log()));
            CheckSettings cleanSettings = ex.cleanLog().isEmpty() ? settings : settings.withPublishing(plan(ex.cleanLog()));
            ex.flagged().forEach(t -> cases.add(Arguments.of(where, r.id(), type, language, t, true, flaggedSettings)));
            ex.clean().forEach(t -> cases.add(Arguments.of(where, r.id(), type, language, t, false, cleanSettings)));
        }
        return cases.stream();
    }

    /** A publishing log from "TYPE HOURS" entries, each published that many hours before noon of a fixed day. */
    static PublishingPlan plan(List<String> entries) {
        Instant planned = Instant.parse("2026-11-27T12:00:00Z");
        List<Publication> log = entries.stream().map(e -> e.split(" ")).map(p -> new Publication(0,
                ContentType.fromId(p[0]), planned.minus(Duration.ofHours(Long.parseLong(p[1]))))).toList();
        return new PublishingPlan(log, planned, ZoneOffset.UTC);
    }

    @ParameterizedTest(name = "{0} {5}: {4}")
    @MethodSource("examples")
    void a_rule_flags_its_flagged_examples_and_not_its_clean_ones(String where, String ruleId, ContentType type,
                                                                   Language language, String text, boolean flagged,
                                                                   CheckSettings settings) {
        List<Finding> mine = ENGINE.check(new TextSnapshot(text, type, language), settings)
                .findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        if (flagged) {
            assertFalse(mine.isEmpty(), where + " should flag: " + text);
            for (Finding f : mine) {
                assertTrue(f.start() >= 0 && f.end() <= text.length() && f.start() < f.end(), "span " + f);
                assertFalse(f.message().matches("(?s).*\\{[a-z]+}.*"), "a placeholder left in: " + f.message());
            }
        } else {
            assertEquals(List.of(), mine, where + " should leave alone: " + text);
        }
    }
}
