package org.readerfirst.core.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;

class TypoSeedsTest {

    private static LabelledText clean(String id, Language l, String text) {
        return new LabelledText(id, l, ContentType.POST, text, Set.of());
    }

    @Test
    void a_typo_replaces_its_word_where_it_stands_alone_in_the_first_clean_text_of_its_language() {
        List<LabelledText> texts = List.of(
                new LabelledText("flawed", Language.ENGLISH, ContentType.POST, "We receive it.", Set.of(Category.HOOK)),
                clean("fi", Language.FINNISH, "receive"),
                clean("link", Language.ENGLISH, "See example.com/receive or #receive and @receive."),
                clean("a", Language.ENGLISH, "Receivers receive-ready, then we receive feedback."));
        List<SeededTypo> seeded = TypoSeeds.seed(texts, List.of(new TypoPair(Language.ENGLISH, "receive", "recieve")), 3);
        assertEquals(1, seeded.size());
        SeededTypo s = seeded.get(0);
        assertEquals("a", s.base().id());
        assertEquals("Receivers receive-ready, then we recieve feedback.", s.text());
        assertEquals("recieve", s.text().substring(s.start(), s.end()));
    }

    @Test
    void a_text_takes_at_most_its_share_of_typos_and_the_rest_go_to_the_next() {
        List<LabelledText> texts = List.of(clean("a", Language.ENGLISH, "their business because"),
                clean("b", Language.ENGLISH, "their business because"));
        List<TypoPair> pairs = List.of(new TypoPair(Language.ENGLISH, "their", "thier"),
                new TypoPair(Language.ENGLISH, "business", "buisness"),
                new TypoPair(Language.ENGLISH, "because", "becuase"));
        List<SeededTypo> seeded = TypoSeeds.seed(texts, pairs, 2);
        assertEquals(List.of("a", "a", "b"), seeded.stream().map(s -> s.base().id()).toList());
        assertEquals("their business becuase", seeded.get(2).text());
        assertEquals(seeded, TypoSeeds.seed(texts, pairs, 2), "the same input seeds the same way");
    }

    @Test
    void the_table_needs_its_header_and_a_known_language() {
        assertEquals(List.of(new TypoPair(Language.FINNISH, "vielä", "viellä")),
                TypoSeeds.parse("t.tsv", "lang\tcorrect\tmisspelt\tsource\nfi\tvielä\tviellä\tsomewhere\n\n"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TypoSeeds.parse("t.tsv", "correct\tmisspelt\n"));
        assertTrue(e.getMessage().startsWith("t.tsv:1:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> TypoSeeds.parse("t.tsv", "lang\tcorrect\tmisspelt\tsource\nsv\tja\tjaa\tx\n"));
        assertTrue(e.getMessage().startsWith("t.tsv:2: unknown language 'sv'"), e.getMessage());
    }
}
