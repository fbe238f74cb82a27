package org.readerfirst.cli;

import java.util.List;
import java.util.Locale;

/**
 * Bar charts as inline SVG for {@code readerfirst report --format html}: drawn from numbers alone, with
 * their colours on the elements themselves (the page's style may still change them, for a dark theme)
 * and a tooltip ({@code <title>}) on every bar, so they need no script and no file of their own.
 */
final class SvgChart {

    /** One kind of bar: its name in the legend, its colour and a value for each group. */
    record Series(String name, String color, List<Integer> values) {
    }

    /** A dashed line across the chart at {@code value}, named in the legend. */
    record Limit(String name, String color, int value) {
    }

    static final String MARK = "#c0392b";
    private static final int LEFT = 44;
    private static final int RIGHT = 10;
    private static final int BOTTOM = 30;
    private static final int BAR = 9;
    private static final int GAP = 10;
    private static final int MIN_WIDTH = 640;
    private static final int PLOT_HEIGHT = 180;
    private static final double CHAR = 6.8;

    private SvgChart() {
    }

    /**
     * Bars grouped by {@code labels} (months), a series a bar; a red triangle above each group that is
     * {@code marked}, with {@code markTitle} as its tooltip.
     */
    static String groupedBars(String title, List<String> labels, List<Series> series, List<Limit> limits,
                              List<Boolean> marked, String markTitle) {
        int groups = labels.size();
        int plotWidth = Math.max(MIN_WIDTH - LEFT - RIGHT, groups * (series.size() * BAR + GAP));
        int width = LEFT + plotWidth + RIGHT;
        StringBuilder legend = new StringBuilder();
        int legendHeight = legend(legend, series, limits, width);
        int top = legendHeight + 16;
        int height = top + PLOT_HEIGHT + BOTTOM;
        int max = 1;
        for (Series s : series) {
            for (int v : s.values()) {
                max = Math.max(max, v);
            }
        }
        for (Limit l : limits) {
            max = Math.max(max, l.value() + 1);
        }
        int step = niceStep(max);
        int scaleTop = (max + step - 1) / step * step;
        StringBuilder svg = open(title, width, height);
        svg.append(legend);
        for (int tick = 0; tick <= scaleTop; tick += step) {
            double y = top + PLOT_HEIGHT - (double) tick * PLOT_HEIGHT / scaleTop;
            svg.append(String.format(Locale.ROOT, "<line class=\"grid\" stroke=\"#e6eaef\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" "
                    + "y2=\"%.1f\"/><text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>%n",
                    LEFT, y, LEFT + plotWidth, y, LEFT - 6, y + 4, tick));
        }
        double slot = (double) plotWidth / Math.max(1, groups);
        int longest = labels.stream().mapToInt(String::length).max().orElse(0);
        int every = Math.max(1, (int) Math.ceil((longest * CHAR + 10) / slot));
        for (int g = 0; g < groups; g++) {
            double x0 = LEFT + g * slot + (slot - series.size() * BAR) / 2;
            for (int s = 0; s < series.size(); s++) {
                Series one = series.get(s);
                int v = one.values().get(g);
                if (v == 0) {
                    continue;
                }
                double h = (double) v * PLOT_HEIGHT / scaleTop;
                svg.append(String.format(Locale.ROOT, "<rect fill=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%d\" "
                        + "height=\"%.1f\"><title>%s, %s: %d</title></rect>%n", one.color(), x0 + s * BAR,
                        top + PLOT_HEIGHT - h, BAR - 1, h, escape(labels.get(g)), escape(one.name()), v));
            }
            double middle = LEFT + g * slot + slot / 2;
            if (marked.get(g)) {
                svg.append(String.format(Locale.ROOT, "<polygon class=\"mark\" fill=\"%s\" points=\"%.1f,%d %.1f,%d %.1f,%d\">"
                        + "<title>%s: %s</title></polygon>%n", MARK, middle - 5, top - 4, middle + 5, top - 4, middle,
                        top - 13, escape(labels.get(g)), escape(markTitle)));
            }
            if (g % every == 0) {
                svg.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">"
                        + "%s</text>%n", middle, top + PLOT_HEIGHT + 16, escape(labels.get(g))));
            }
        }
        for (Limit l : limits) {
            double y = top + PLOT_HEIGHT - (double) l.value() * PLOT_HEIGHT / scaleTop;
            svg.append(String.format(Locale.ROOT, "<g><title>%s</title><line stroke=\"%s\" stroke-width=\"1.5\" "
                    + "stroke-dasharray=\"6 4\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/></g>%n", escape(l.name()),
                    l.color(), LEFT, y, LEFT + plotWidth, y));
        }
        return svg.append("</svg>").toString();
    }

    /** One bar a row, as a share from 0 to 1, with its percentage at its end. */
    static String shares(String title, List<String> labels, List<Double> shares, String color) {
        int labelWidth = 200;
        int plotWidth = 380;
        int row = 22;
        int width = labelWidth + plotWidth + 60;
        int height = labels.size() * row + 8;
        StringBuilder svg = open(title, width, height);
        for (int i = 0; i < labels.size(); i++) {
            double y = 4 + i * row;
            double w = shares.get(i) * plotWidth;
            String percent = ReportText.percent(shares.get(i));
            svg.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                    labelWidth - 8, y + 14, escape(labels.get(i))));
            if (w > 0) {
                svg.append(String.format(Locale.ROOT, "<rect fill=\"%s\" x=\"%d\" y=\"%.1f\" width=\"%.1f\" "
                        + "height=\"%d\"><title>%s: %s</title></rect>", color, labelWidth, y + 3, w, row - 6,
                        escape(labels.get(i)), percent));
            }
            svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%.1f\">%s</text>%n",
                    labelWidth + w + 6, y + 14, percent));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int width, int height) {
        return new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "viewBox=\"0 0 %d %d\" width=\"100%%\" style=\"max-width:%dpx\" role=\"img\" aria-label=\"%s\" "
                + "font-family=\"sans-serif\" font-size=\"11\"><title>%s</title>%n",
                width, height, Math.max(width, MIN_WIDTH), escape(title), escape(title)));
    }

    /** Writes the legend, wrapping to a new row where the next item would not fit; returns its height. */
    private static int legend(StringBuilder svg, List<Series> series, List<Limit> limits, int width) {
        double x = LEFT;
        int y = 4;
        for (Series s : series) {
            double item = 24 + CHAR * s.name().length();
            if (x + item > width && x > LEFT) {
                x = LEFT;
                y += 18;
            }
            svg.append(String.format(Locale.ROOT, "<rect fill=\"%s\" x=\"%.1f\" y=\"%d\" width=\"10\" height=\"10\"/>"
                    + "<text class=\"legend\" x=\"%.1f\" y=\"%d\">%s</text>%n", s.color(), x, y, x + 14, y + 9,
                    escape(s.name())));
            x += item;
        }
        for (Limit l : limits) {
            double item = 34 + CHAR * l.name().length();
            if (x + item > width && x > LEFT) {
                x = LEFT;
                y += 18;
            }
            svg.append(String.format(Locale.ROOT, "<line stroke=\"%s\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\" "
                    + "x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/><text class=\"legend\" x=\"%.1f\" y=\"%d\">%s</text>%n",
                    l.color(), x, y + 5, x + 20, y + 5, x + 24, y + 9, escape(l.name())));
            x += item;
        }
        return y + 14;
    }

    /** A step of 1, 2 or 5 times a power of ten giving about four lines up to {@code max}. */
    static int niceStep(int max) {
        int raw = Math.max(1, (int) Math.ceil(max / 4.0));
        int power = 1;
        while (power * 10 <= raw) {
            power *= 10;
        }
        for (int m : new int[] {1, 2, 5}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
