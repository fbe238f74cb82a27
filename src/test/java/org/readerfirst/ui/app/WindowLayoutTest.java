package org.readerfirst.ui.app;

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
    void hidden_side_panes_read_back_and_a_layout_with_all_panes_is_written_as_before() {
        WindowLayout all = new WindowLayout(40, 60, 1200, 780, false, List.of(0.2, 0.75));
        assertEquals("40,60,1200,780,false,0.2000,0.7500", all.format());
        WindowLayout noDrafts = all.withPanes(false, true);
        WindowLayout neither = all.withPanes(false, false);
        assertEquals(noDrafts, WindowLayout.parse(noDrafts.format()).orElseThrow());
        assertEquals(neither, WindowLayout.parse(neither.format()).orElseThrow());
        assertEquals(List.of(0.2, 0.75), WindowLayout.parse(neither.format()).orElseThrow().dividers(),
                "the dividers of a hidden pane are kept");
        assertTrue(WindowLayout.parse("40,60,1200,780,false,0.2,0.75").orElseThrow().checksShown());
    }

    @Test
    void a_value_this_version_did_not_write_is_ignored() {
        assertTrue(WindowLayout.parse("0,0,800,600,false;hidden=toolbar").isEmpty());
        assertTrue(WindowLayout.parse("").isEmpty());
        assertTrue(WindowLayout.parse("1,2,3").isEmpty());
        assertTrue(WindowLayout.parse("a,b,c,d,true").isEmpty());
        assertTrue(WindowLayout.parse("0,0,0,0,false").isEmpty());
        assertTrue(WindowLayout.parse("0,0,800,600,false,1.5").isEmpty());
    }
}
