package org.readerfirst.ui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the window was, how its panes were split and which side panes were hidden, kept as one setting
 * so the app reopens as the writer left it. The dividers are those of all three panes shown, so a
 * hidden pane comes back at the width it had.
 */
record WindowLayout(double x, double y, double width, double height, boolean maximized, List<Double> dividers,
                    boolean draftsShown, boolean checksShown) {

    static final String SETTING = "ui.window";
    private static final String HIDDEN = ";hidden=";

    WindowLayout {
        dividers = List.copyOf(dividers);
    }

    /** A layout with both side panes shown. */
    WindowLayout(double x, double y, double width, double height, boolean maximized, List<Double> dividers) {
        this(x, y, width, height, maximized, dividers, true, true);
    }

    /** The same place and dividers with the side panes shown or hidden. */
    WindowLayout withPanes(boolean drafts, boolean checks) {
        return new WindowLayout(x, y, width, height, maximized, dividers, drafts, checks);
    }

    String format() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", x, y, width, height, maximized));
        for (double d : dividers) {
            sb.append(String.format(Locale.ROOT, ",%.4f", d));
        }
        // Written only when a pane is hidden, so a layout with all panes reads as it always did.
        List<String> hidden = new ArrayList<>();
        if (!draftsShown) {
            hidden.add("drafts");
        }
        if (!checksShown) {
            hidden.add("checks");
        }
        if (!hidden.isEmpty()) {
            sb.append(HIDDEN).append(String.join(",", hidden));
        }
        return sb.toString();
    }

    /** The layout from its setting; empty if the value is not one this version wrote. */
    static Optional<WindowLayout> parse(String value) {
        int at = value.indexOf(HIDDEN);
        List<String> hidden = at < 0 ? List.of() : List.of(value.substring(at + HIDDEN.length()).split(","));
        if (!List.of("drafts", "checks").containsAll(hidden)) {
            return Optional.empty();
        }
        String[] parts = (at < 0 ? value : value.substring(0, at)).split(",");
        if (parts.length < 5) {
            return Optional.empty();
        }
        try {
            double x = Double.parseDouble(parts[0]);
            double y = Double.parseDouble(parts[1]);
            double w = Double.parseDouble(parts[2]);
            double h = Double.parseDouble(parts[3]);
            if (!(w > 0 && h > 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
                return Optional.empty();
            }
            boolean maximized = Boolean.parseBoolean(parts[4]);
            List<Double> dividers = new ArrayList<>();
            for (int i = 5; i < parts.length; i++) {
                double d = Double.parseDouble(parts[i]);
                if (d < 0 || d > 1) {
                    return Optional.empty();
                }
                dividers.add(d);
            }
            return Optional.of(new WindowLayout(x, y, w, h, maximized, dividers, !hidden.contains("drafts"),
                    !hidden.contains("checks")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
