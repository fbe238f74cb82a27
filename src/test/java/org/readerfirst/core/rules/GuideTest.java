package org.readerfirst.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.Language;

class GuideTest {

    private static final RulePackLoader LOADER = new RulePackLoader(Lemmatizers.stemmers());
    private static final RuleBook BOOK = LOADER.loadBuiltIn();

    @Test
    void every_principle_has_its_why_and_its_checks_with_examples_in_both_languages() {
        for (Language language : List.of(Language.ENGLISH, Language.FINNISH)) {
            List<Guide.Section> sections = Guide.of(BOOK, LOADER.categoryTexts(), language);
            assertEquals(Category.values().length, sections.size());
            for (Guide.Section s : sections) {
                assertFalse(s.why().isBlank(), s.category() + " " + language);
                if (EnumSet.of(Category.GRAMMAR, Category.SPELLING).contains(s.category())) {
                    continue;
                }
                assertFalse(s.checks().isEmpty(), s.category() + " has no checks in " + language);
                assertTrue(s.checks().stream().anyMatch(c -> !c.flagged().isBlank()),
                        s.category() + " shows no flagged example in " + language);
                s.checks().forEach(c -> assertFalse(c.says().contains("{"), c.ruleId() + ": " + c.says()));
            }
        }
    }

    @Test
    void the_finnish_page_speaks_finnish_and_shows_finnish_examples() {
        Guide.Section template = Guide.of(BOOK, LOADER.categoryTexts(), Language.FINNISH).get(0);
        assertEquals(Category.TEMPLATE_MESSAGE, template.category());
        assertTrue(template.why().contains("Valmisfraasi"), template.why());
        assertTrue(template.checks().stream().anyMatch(c -> c.flagged().toLowerCase().contains("onnittelu")
                || c.flagged().toLowerCase().contains("hyvää")), template.checks().toString());
    }

    @Test
    void a_message_loses_the_words_of_one_finding() {
        assertEquals("“…” is jargon: try “…”.", Guide.general("“{match}” is jargon: try “{plain}”."));
    }
}
