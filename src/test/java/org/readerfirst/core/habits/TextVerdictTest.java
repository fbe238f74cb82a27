package org.readerfirst.core.habits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.TextSnapshot;

/** A check comes down to its score, its audience-first categories and its stock words, and keeps as one line. */
class TextVerdictTest {

    private static TextVerdict of(String text, ContentType type) {
        return TextVerdict.of(BuiltInRules.engine().check(new TextSnapshot(text, type, Language.AUTO)));
    }

    @Test
    void a_stock_birthday_message_is_stock_with_its_words_and_the_score_the_panel_shows() {
        TextSnapshot snapshot = new TextSnapshot("Happy Birthday, Anna!!", ContentType.MESSAGE, Language.AUTO);
        TextVerdict v = TextVerdict.of(BuiltInRules.engine().check(snapshot));

        assertTrue(v.stock());
        assertEquals(List.of("happy birthday"), v.stockPhrases());
        assertEquals(BuiltInRules.engine().check(snapshot).score().total(), v.score());
        assertTrue(v.score() < 100);
    }

    @Test
    void a_hint_alone_flags_no_category_and_grammar_never_does() {
        TextVerdict clean = of("Three things we changed in our support rota, and what each did to response times: "
                + "one shift fewer, replies within an hour, and a weekly review you can copy.", ContentType.POST);
        assertFalse(clean.stock());
        assertTrue(clean.flagged().stream().allMatch(Category.audienceFirst()::contains), clean.toString());
    }

    @Test
    void an_announcement_is_flagged_self_promotion_without_stock_words() {
        TextVerdict v = of("I'm thrilled to announce that I have joined Acme as head of product!", ContentType.POST);
        assertTrue(v.flagged().contains(Category.SELF_PROMOTION), v.toString());
        assertEquals(List.of(), v.stockPhrases());
    }

    @Test
    void a_verdict_reads_back_as_it_was_kept_and_anything_else_reads_as_none() {
        TextVerdict v = new TextVerdict(72, Set.of(Category.TEMPLATE_MESSAGE, Category.PERSONALIZATION),
                List.of("great post", "thanks for sharing"));
        TextVerdict clean = new TextVerdict(100, Set.of(), List.of());

        assertEquals(Optional.of(v), TextVerdict.decode(v.encode()));
        assertEquals(Optional.of(clean), TextVerdict.decode(clean.encode()));
        for (String damaged : new String[] {"", "100", "x||", "101||", "90|no-such-category|", "90||a|b", null}) {
            assertEquals(Optional.empty(), TextVerdict.decode(damaged), damaged);
        }
    }
}
