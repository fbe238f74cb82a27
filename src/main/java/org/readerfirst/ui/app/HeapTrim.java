package org.readerfirst.ui.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lets the window's JVM give back the memory it no longer uses. Loading the grammar checker fills the
 * heap with data that is garbage a moment later; by default the JVM keeps that room for good. With a
 * smaller free share and a collection when the app has been idle for a while, the heap shrinks to
 * what is live. Only the JVM's manageable options are touched; on a JVM without them nothing changes.
 */
final class HeapTrim {

    private static final System.Logger LOG = System.getLogger(HeapTrim.class.getName());

    /** In this order: the minimum must never exceed the maximum on the way. */
    static final Map<String, String> OPTIONS = options();

    private HeapTrim() {
    }

    private static Map<String, String> options() {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("MinHeapFreeRatio", "10");
        o.put("MaxHeapFreeRatio", "30");
        // A concurrent collection after 30 s without one: the idle app returns what it freed.
        o.put("G1PeriodicGCInterval", "30000");
        return o;
    }

    /** Sets what it can and returns how many options took effect. */
    static int apply() {
        HotSpotDiagnosticMXBean vm;
        try {
            vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.DEBUG, "no HotSpot diagnostics here: the heap stays as the JVM sizes it");
            return 0;
        }
        if (vm == null) {
            return 0;
        }
        int set = 0;
        for (Map.Entry<String, String> option : OPTIONS.entrySet()) {
            try {
                if (vm.getVMOption(option.getKey()).getOrigin() == com.sun.management.VMOption.Origin.DEFAULT) {
                    vm.setVMOption(option.getKey(), option.getValue());
                    set++;
                }
            } catch (RuntimeException e) {
                // Unknown on this JVM or not writable: the rest still helps.
                LOG.log(Level.DEBUG, "cannot set " + option.getKey() + ": " + e.getMessage());
            }
        }
        return set;
    }
}
