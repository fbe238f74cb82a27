package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StoredTextTest {

    @Test
    void ordinary_text_is_stored_as_it_is() {
        String text = "Hyvää päivää 👍🏽 👨‍👩‍👧 e\u0301 \u0000";
        assertSame(text, StoredText.encode(text));
        assertSame(text, StoredText.decode(text));
    }

    @Test
    void lone_surrogates_and_the_escape_itself_survive_utf8() {
        for (String text : new String[] {"\ud800", "a\udc00b", "\ud83d", "x\uffffy", "\uffff\ud800\uffff", "\udc00\ud800",
                "\uffff0041"}) {
            String stored = StoredText.encode(text);
            String viaUtf8 = new String(stored.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            assertEquals(stored, viaUtf8, "stored form must be valid UTF-8");
            assertEquals(text, StoredText.decode(viaUtf8));
        }
    }

    @Test
    void a_stray_escape_not_written_by_the_store_is_kept() {
        assertEquals("a\uffffzz", StoredText.decode("a\uffffzz"));
        assertTrue(StoredText.decode("\uffff").endsWith("\uffff"));
    }
}
