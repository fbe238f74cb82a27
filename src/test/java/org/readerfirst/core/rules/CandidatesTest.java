package org.readerfirst.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidatesTest {

    @Test
    void pairs_added_out_of_order_and_twice_come_back_once_in_the_order_of_the_words() {
        Candidates c = new Candidates();
        c.add(7, 2);
        c.add(3, 5);
        c.add(7, 1);
        c.add(3, 5);
        c.add(40_000, 70_000);
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            pairs.add(c.token(i) + ":" + c.phrase(i));
        }
        assertEquals(List.of("3:5", "7:1", "7:2", "40000:70000"), pairs);
    }

    @Test
    void many_pairs_in_order_grow_the_store_and_keep_every_one() {
        Candidates c = new Candidates();
        for (int token = 0; token < 1000; token++) {
            c.add(token, token % 3);
        }
        assertEquals(1000, c.size());
        assertEquals(999, c.token(999));
        assertEquals(0, c.phrase(999));
        assertTrue(Candidates.NONE.isEmpty());
    }
}
