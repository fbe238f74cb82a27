package org.readerfirst.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.CheckResult;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.TextSnapshot;

/** A text too long to check whole: the rules read its start, up to a space, and say how far they read. */
class CheckedPrefixTest {
    private static final RuleEngine ENGINE = BuiltInRules.engine();
    private static final String JARGON = "We leverage our data.";

    /** Paragraphs of notes, English and Finnish, until the text is at least {@code chars} long. */
    private static String notes(int chars) {
        StringBuilder text = new StringBuilder();
        while (text.length() < chars) {
            text.append("Our team in Oulu found that short written updates beat long status calls. ")
                    .append("Kirjoita päätös ylös ennen kuin palaveri loppuu.\n\n");
        }
        return text.toString();
    }

    @Test
    void a_text_up_to_the_cap_is_checked_whole() {
        assertEquals(0, CheckedPrefix.end(""));
        String atCap = "x".repeat(CheckedPrefix.MAX_CHARS);
        assertEquals(CheckedPrefix.MAX_CHARS, CheckedPrefix.end(atCap));
    }

    @Test
    void a_longer_text_stops_at_the_last_space_before_the_cap() {
        String text = notes(CheckedPrefix.MAX_CHARS + 10_000);
        int end = CheckedPrefix.end(text);
        assertTrue(end <= CheckedPrefix.MAX_CHARS && end > CheckedPrefix.MAX_CHARS - 100, String.valueOf(end));
        assertTrue(Character.isWhitespace(text.charAt(end)));
        assertTrue(text.substring(end + 1, CheckedPrefix.MAX_CHARS + 1).chars().noneMatch(Character::isWhitespace),
                "no later space up to the cap");
    }

    @Test
    void a_text_without_spaces_is_cut_at_the_cap_but_never_inside_a_character() {
        assertEquals(CheckedPrefix.MAX_CHARS, CheckedPrefix.end("x".repeat(CheckedPrefix.MAX_CHARS + 5)));
        String emoji = "x".repeat(CheckedPrefix.MAX_CHARS - 1) + "\uD83D\uDE00" + "xyz";
        assertEquals(CheckedPrefix.MAX_CHARS - 1, CheckedPrefix.end(emoji));
    }

    @Test
    void the_rules_check_the_start_of_a_huge_text_and_say_how_much_they_left() {
        String text = JARGON + "\n\n" + notes(1_000_000) + JARGON;
        CheckResult result = ENGINE.check(new TextSnapshot(text, ContentType.ARTICLE, Language.AUTO));

        assertEquals(text, result.snapshot().text());
        assertEquals(CheckedPrefix.end(text), result.checkedChars());
        assertEquals(text.length() - result.checkedChars(), result.uncheckedChars());
        List<Finding> jargon = result.findings().stream().filter(f -> f.category() == Category.CLARITY).toList();
        assertEquals(1, jargon.size(), jargon.toString());
        assertEquals(3, jargon.get(0).start());
        assertTrue(result.findings().stream().allMatch(f -> 0 <= f.start() && f.start() <= f.end()
                && f.end() <= result.checkedChars()), "every finding lies in the part that was checked");
    }

    @Test
    void a_text_within_the_cap_is_checked_to_its_end() {
        String text = notes(5_000) + JARGON;
        CheckResult result = ENGINE.check(new TextSnapshot(text, ContentType.ARTICLE, Language.AUTO));
        assertEquals(text.length(), result.checkedChars());
        assertEquals(0, result.uncheckedChars());
        assertFalse(result.findings().stream().filter(f -> f.category() == Category.CLARITY).toList().isEmpty());
        assertEquals(text.length() - JARGON.length() + 3, result.findings().stream()
                .filter(f -> f.category() == Category.CLARITY).mapToInt(Finding::start).max().orElse(-1));
    }
}
