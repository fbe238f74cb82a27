package org.readerfirst.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WindowLayoutTest {

    @Test
    void a_layout_reads_back_as_it_was_written() {
        WindowLayout layout = new WindowLayout(40, 60, 1200, 780, true, List.of(0.2, 0.75));
        assertEquals(layout, WindowLayout.parse(layout.format()).orElseThrow());
    }

    @Test
    void a_value_this_version_did_not_write_is_ignored() {
        assertTrue(WindowLayout.parse("").isEmpty());
        assertTrue(WindowLayout.parse("1,2,3").isEmpty());
        assertTrue(WindowLayout.parse("a,b,c,d,true").isEmpty());
        assertTrue(WindowLayout.parse("0,0,0,0,false").isEmpty());
        assertTrue(WindowLayout.parse("0,0,800,600,false,1.5").isEmpty());
    }
}
