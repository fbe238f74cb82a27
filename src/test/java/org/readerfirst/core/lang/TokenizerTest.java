package org.readerfirst.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer english = new Tokenizer(new EnglishStemmer(), true);

    @Test
    void words_keep_their_spans_in_the_original_text() {
        String text = "Hi Anna, great post!";
        List<Token> tokens = english.tokenize(text);
        assertEquals(List.of("hi", "anna", "great", "post"), tokens.stream().map(Token::norm).toList());
        assertEquals("great", text.substring(tokens.get(2).start(), tokens.get(2).end()));
    }

    @Test
    void contractions_give_their_long_form_on_the_same_span() {
        List<Token> tokens = english.tokenize("I\u2019d like it");
        assertEquals(List.of("i", "would", "like", "it"), tokens.stream().map(Token::norm).toList());
        assertEquals(tokens.get(0).start(), tokens.get(1).start());
        assertEquals(3, tokens.get(1).end());
    }

    @Test
    void sentences_are_counted_across_full_stops_and_line_breaks() {
        List<Token> tokens = english.tokenize("Great. Post\nhere 3.5 times");
        assertEquals(List.of(0, 1, 2, 2, 2, 2), tokens.stream().map(Token::sentence).toList());
    }

    @Test
    void hyphenated_words_also_match_without_the_hyphen() {
        Token t = english.tokenize("b-day").get(0);
        assertTrue(t.forms().contains("bday"), t.forms().toString());
    }

    @Test
    void emoji_and_combining_marks_do_not_break_words() {
        String text = "🎉 cafe\u0301 👍🏽 done";
        List<Token> tokens = english.tokenize(text);
        assertEquals(List.of("cafe\u0301", "done"), tokens.stream().map(Token::norm).toList());
    }
}
