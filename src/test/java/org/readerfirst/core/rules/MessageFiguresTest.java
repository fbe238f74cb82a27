package org.readerfirst.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.model.CheckSettings;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.TextSnapshot;

/** The figures in the findings' messages: written as the message's language writes them, and never at odds. */
class MessageFiguresTest {

    private static final RuleEngine ENGINE = BuiltInRules.engine();

    private static Finding only(String ruleId, String text, ContentType type, Language messages) {
        List<Finding> found = ENGINE.check(new TextSnapshot(text, type, Language.ENGLISH),
                CheckSettings.defaults().withMessageLanguage(messages)).findings().stream()
                .filter(f -> f.ruleId().equals(ruleId)).toList();
        assertEquals(1, found.size(), ruleId + " in " + found);
        return found.get(0);
    }

    @Test
    void large_numbers_are_grouped_as_the_message_language_groups_them() {
        String longComment = "Our support rota changed. ".repeat(60);
        assertTrue(only("length-over-limit", longComment, ContentType.COMMENT, Language.ENGLISH).message()
                .contains("1,560"));
        assertTrue(only("length-over-limit", longComment, ContentType.COMMENT, Language.FINNISH).message()
                .contains("1\u00A0560"));
        assertEquals("205,063", PackRule.grouped(205_063, Language.ENGLISH));
        assertEquals("1\u00A0000\u00A0000", PackRule.grouped(1_000_000, Language.FINNISH));
        assertEquals("999", PackRule.grouped(999, Language.ENGLISH));
        // A value that is text (a date, the writer's own words) is shown as written, digits and all.
        assertEquals("2026-11-28 and 2025", PackRule.fill("{next} and {match}",
                java.util.Map.of("next", "2026-11-28", "match", "2025"), Language.ENGLISH));
    }

    /** Two sentences of fifteen words, {@code longWords} of the thirty longer than six letters. */
    private static String paragraph(int longWords) {
        StringBuilder out = new StringBuilder();
        for (int sentence = 0; sentence < 2; sentence++) {
            for (int w = 0; w < 15; w++) {
                boolean isLong = sentence * 15 + w < longWords;
                out.append(w == 0 ? "" : " ").append(isLong ? "organisations" : "we");
            }
            out.append(". ");
        }
        return out.toString().strip();
    }

    @Test
    void a_hard_paragraph_is_never_said_to_be_at_its_own_limit() {
        // LIX 15 + 100 * 13 / 30 = 58.3: shown as 58, which is not above 58, so it is not flagged.
        assertTrue(ENGINE.check(new TextSnapshot(paragraph(13), ContentType.ARTICLE, Language.ENGLISH)).findings()
                .stream().noneMatch(f -> f.ruleId().equals("clarity-hard-paragraph")));
        // LIX 61.7 is shown as 62.
        assertTrue(only("clarity-hard-paragraph", paragraph(14), ContentType.ARTICLE, Language.ENGLISH).message()
                .contains("LIX 62; above 58"));
    }
}
