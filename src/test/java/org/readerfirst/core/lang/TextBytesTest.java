package org.readerfirst.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextBytesTest {

    @Test
    void utf8_is_read_and_its_byte_order_mark_dropped() throws TextBytes.NotText {
        assertEquals("Hyvää päivää", TextBytes.decode("Hyvää päivää".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Hyvää", TextBytes.decode("\uFEFFHyvää".getBytes(StandardCharsets.UTF_8)));
        assertEquals("", TextBytes.decode(new byte[0]));
    }

    @Test
    void utf16_is_read_in_the_order_its_mark_gives_and_the_mark_dropped() throws TextBytes.NotText {
        byte[] big = "\uFEFFPäätös".getBytes(StandardCharsets.UTF_16BE);
        byte[] little = "\uFEFFPäätös".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Päätös", TextBytes.decode(big));
        assertEquals("Päätös", TextBytes.decode(little));
    }

    @Test
    void a_nul_another_encoding_and_a_false_utf16_mark_are_told_apart() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};
        assertEquals(TextBytes.Problem.BINARY, assertThrows(TextBytes.NotText.class, () -> TextBytes.decode(png)).problem());
        byte[] latin1 = "hyvää päivää".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(TextBytes.Problem.NOT_UTF8,
                assertThrows(TextBytes.NotText.class, () -> TextBytes.decode(latin1)).problem());
        // A mark, then half a character: an odd number of bytes cannot be UTF-16.
        byte[] halfUtf16 = {(byte) 0xFF, (byte) 0xFE, 'a'};
        assertEquals(TextBytes.Problem.BROKEN_UTF16,
                assertThrows(TextBytes.NotText.class, () -> TextBytes.decode(halfUtf16)).problem());
    }
}
