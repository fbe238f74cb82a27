package org.readerfirst.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * The shading the editor lays behind words (a copied run, an error, a comparison's deleted and
 * inserted text) is drawn by the editor itself, not by a pane a window test can look behind: its
 * colours are read from the stylesheets, each theme's text over each, and held to WCAG AA.
 */
class StylesheetContrastTest {

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern DECLARATION = Pattern.compile("(-[\\w-]+)\\s*:\\s*([^;]+);");

    private static String read(String resource) throws IOException {
        try (InputStream in = StylesheetContrastTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
    }

    /** Each rule's declarations by selector, later stylesheets over earlier ones. */
    private static Map<String, Map<String, String>> rules(String... sheets) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String sheet : sheets) {
            Matcher rule = RULE.matcher(sheet);
            while (rule.find()) {
                for (String selector : rule.group(1).split(",")) {
                    Map<String, String> declared = out.computeIfAbsent(selector.strip(), k -> new LinkedHashMap<>());
                    Matcher d = DECLARATION.matcher(rule.group(2));
                    while (d.find()) {
                        declared.put(d.group(1), d.group(2).strip());
                    }
                }
            }
        }
        return out;
    }

    private static Color colour(String value, Map<String, String> named) {
        String v = value;
        for (int i = 0; i < 5 && v.startsWith("-"); i++) {
            v = named.get(v);
        }
        return Color.web(v);
    }

    @Test
    void the_editors_shading_keeps_its_text_readable_in_both_themes() throws Exception {
        String base = read("/assets/css/readerfirst.css");
        String dark = read("/assets/css/readerfirst-dark.css");
        List<String> unreadable = new ArrayList<>();
        int looked = 0;
        for (String[] theme : new String[][] {{"light", base}, {"dark", base, dark}}) {
            String[] sheets = java.util.Arrays.copyOfRange(theme, 1, theme.length);
            Map<String, Map<String, String>> all = rules(sheets);
            Map<String, String> named = all.get(".root");
            Color surface = colour(named.get("-rf-surface"), named);
            for (Map.Entry<String, Map<String, String>> r : all.entrySet()) {
                String shade = r.getValue().get("-rtfx-background-color");
                if (shade == null) {
                    continue;
                }
                looked++;
                Color behind = Wcag.blend(colour(shade, named), surface);
                Color text = colour(r.getValue().getOrDefault("-fx-fill", "-rf-text"), named);
                double ratio = Wcag.contrast(Wcag.blend(text, behind), behind);
                if (ratio < Wcag.AA) {
                    unreadable.add(String.format(Locale.ROOT, "%s %s: %.2f:1", theme[0], r.getKey(), ratio));
                }
            }
        }
        assertTrue(looked >= 8, "shadings looked at: " + looked);
        assertEquals(List.of(), unreadable);
    }
}
