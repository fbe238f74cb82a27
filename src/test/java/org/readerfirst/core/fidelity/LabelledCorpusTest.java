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

class LabelledCorpusTest {

    @Test
    void reads_a_line_a_text_with_its_labels_and_leaves_other_fields_alone() {
        List<LabelledText> texts = LabelledCorpus.parse("c.jsonl", """
                {"id":"a","lang":"en","type":"comment","text":"Great post!","labels":["template-message"],"note":"stock"}

                {"id":"b","lang":"fi","type":"post","text":"Kolme havaintoa.","labels":["clean"],"source":"x"}
                """);
        assertEquals(2, texts.size());
        assertEquals(new LabelledText("a", Language.ENGLISH, ContentType.COMMENT, "Great post!",
                Set.of(Category.TEMPLATE_MESSAGE)), texts.get(0));
        assertTrue(texts.get(1).clean());
        assertEquals(Language.FINNISH, texts.get(1).language());
    }

    @Test
    void a_bad_line_is_told_with_its_number_and_what_is_wrong() {
        String good = "{\"id\":\"a\",\"lang\":\"en\",\"type\":\"post\",\"text\":\"t\",\"labels\":[\"clean\"]}\n";
        assertMessage("c.jsonl:2: not a JSON object", good + "{oops\n");
        assertMessage("c.jsonl:2: id 'a' stands twice", good + good);
        assertMessage("c.jsonl:1: unknown label 'clarty' (expected clean or one of template-message",
                "{\"id\":\"a\",\"lang\":\"en\",\"type\":\"post\",\"text\":\"t\",\"labels\":[\"clarty\"]}");
        assertMessage("c.jsonl:1: a text is either clean or has labels, not both",
                "{\"id\":\"a\",\"lang\":\"en\",\"type\":\"post\",\"text\":\"t\",\"labels\":[\"clean\",\"hook\"]}");
        assertMessage("c.jsonl:1: unknown label 'spelling'",
                "{\"id\":\"a\",\"lang\":\"en\",\"type\":\"post\",\"text\":\"t\",\"labels\":[\"spelling\"]}");
        assertMessage("c.jsonl:1: 'text' is missing or empty",
                "{\"id\":\"a\",\"lang\":\"en\",\"type\":\"post\",\"labels\":[\"clean\"]}");
        assertMessage("c.jsonl:1: lang must be en or fi",
                "{\"id\":\"a\",\"lang\":\"auto\",\"type\":\"post\",\"text\":\"t\",\"labels\":[\"clean\"]}");
        assertMessage("c.jsonl:1: labels must be a list",
                "{\"id\":\"a\",\"lang\":\"en\",\"type\":\"post\",\"text\":\"t\",\"labels\":[]}");
        assertMessage("c.jsonl:1: unknown content type 'tweet'",
                "{\"id\":\"a\",\"lang\":\"en\",\"type\":\"tweet\",\"text\":\"t\",\"labels\":[\"clean\"]}");
    }

    private static void assertMessage(String start, String content) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LabelledCorpus.parse("c.jsonl", content));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }

    @Test
    void grammar_spelling_and_cadence_are_not_judged_on_a_text() {
        assertTrue(LabelledCorpus.audienceFirst().contains(Category.HOOK));
        assertTrue(!LabelledCorpus.audienceFirst().contains(Category.SPELLING)
                && !LabelledCorpus.audienceFirst().contains(Category.GRAMMAR)
                && !LabelledCorpus.audienceFirst().contains(Category.CADENCE));
    }
}
