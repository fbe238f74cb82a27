package org.readerfirst.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the window was and how its panes were split, kept as one setting so the app reopens as the
 * writer left it.
 */
record WindowLayout(double x, double y, double width, double height, boolean maximized, List<Double> dividers) {

    static final String SETTING = "ui.window";

    WindowLayout {
        dividers = List.copyOf(dividers);
    }

    String format() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", x, y, width, height, maximized));
        for (double d : dividers) {
            sb.append(String.format(Locale.ROOT, ",%.4f", d));
        }
        return sb.toString();
    }

    /** The layout from its setting; empty if the value is not one this version wrote. */
    static Optional<WindowLayout> parse(String value) {
        String[] parts = value.split(",");
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
            return Optional.of(new WindowLayout(x, y, w, h, maximized, dividers));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
