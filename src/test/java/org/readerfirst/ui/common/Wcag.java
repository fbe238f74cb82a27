package org.readerfirst.ui.common;

import javafx.scene.paint.Color;

/** WCAG's contrast of colours, for the tests that hold the window's text to it. */
public final class Wcag {

    /** AA for text: 4.5:1. */
    public static final double AA = 4.5;

    private Wcag() {
    }

    /** {@code over} laid on an opaque {@code under}, by its opacity. */
    public static Color blend(Color over, Color under) {
        double a = over.getOpacity();
        return new Color(over.getRed() * a + under.getRed() * (1 - a), over.getGreen() * a + under.getGreen() * (1 - a),
                over.getBlue() * a + under.getBlue() * (1 - a), 1);
    }

    /** The contrast ratio of two opaque colours, from 1 to 21. */
    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
