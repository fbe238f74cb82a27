package org.readerfirst.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class HeapTrimTest {

    @Test
    void the_free_share_options_take_the_trimmed_values_unless_set_on_the_command_line() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        HeapTrim.apply();
        HeapTrim.OPTIONS.forEach((name, value) -> {
            var option = vm.getVMOption(name);
            if (option.getOrigin() != com.sun.management.VMOption.Origin.VM_CREATION) {
                assertEquals(value, option.getValue(), name);
            }
        });
        // The minimum never exceeds the maximum, whatever was given.
        int min = Integer.parseInt(vm.getVMOption("MinHeapFreeRatio").getValue());
        int max = Integer.parseInt(vm.getVMOption("MaxHeapFreeRatio").getValue());
        assertTrue(min <= max, min + " > " + max);
    }
}
