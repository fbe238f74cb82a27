package org.readerfirst.core.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionTest {

    private static final SourceText SOURCE = SourceText.of("""
            Why decision logs matter
            By Anna Virtanen

            Teams that write down their decisions ship faster.
            """).withCredits("", List.of("Tiimityö-lehti"), "https://www.tiimityo.example/logit");

    private static boolean attributed(String draft) {
        return SOURCE.compare(draft).attributed();
    }

    @Test
    void a_byline_and_the_first_line_give_the_author_and_the_title() {
        assertEquals(List.of("Anna Virtanen", "Tiimityö-lehti"), SOURCE.credits());
        assertEquals("Why decision logs matter", SOURCE.title());
        assertEquals(List.of("Anna Virtanen", "Kalle Korhonen"),
                SourceText.bylineNames("Otsikko\nKirjoittanut: Anna Virtanen ja Kalle Korhonen\n\nTeksti."));
    }

    @Test
    void naming_the_author_attributes_also_in_an_inflected_finnish_form() {
        assertTrue(attributed("As Anna Virtanen puts it, logs help."));
        assertTrue(attributed("Anna Virtasen mielestä lokit auttavat."));
        assertTrue(attributed("Luin tämän Tiimityö-lehdestä."));
    }

    @Test
    void the_title_the_link_a_mention_or_a_credit_word_attributes() {
        assertTrue(attributed("From “Why decision logs matter”: teams ship faster."));
        assertTrue(attributed("Teams ship faster (tiimityo.example)."));
        assertTrue(attributed("Teams ship faster, says @anna."));
        assertTrue(attributed("Teams ship faster.\n\nSource: the team blog"));
        assertTrue(attributed("Tiimit julkaisevat nopeammin.\n\nLähde: tiimiblogi"));
        assertTrue(attributed("Teams ship faster, via Kalle."));
    }

    @Test
    void a_draft_that_names_nobody_is_not_attributed() {
        assertFalse(attributed("Teams that write down their decisions ship faster. So true."));
        assertFalse(attributed("Annan mielestä päätökset kannattaa kirjata."), "a first name alone is not the author");
        assertFalse(attributed("The source of our problems was the missing log."));
    }
}
