package org.readerfirst.core.fidelity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures a corpus was last measured at, kept in the repository so that a later run can be held
 * to them: a ratchet that moves only one way. Figures are kept to four decimals, and a run is below
 * its floor only by more than that rounding.
 */
public final class FidelityFloor {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final double ROUNDING = 0.00005;

    private FidelityFloor() {
    }

    /** @throws IllegalArgumentException when the text is not a floor written by {@link #format} */
    public static Map<String, Double> parse(String name, String json) {
        try {
            JsonNode figures = JSON.readTree(json).get("figures");
            if (figures == null || !figures.isObject()) {
                throw new IllegalArgumentException(name + ": no \"figures\" object");
            }
            Map<String, Double> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = figures.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isNumber()) {
                    throw new IllegalArgumentException(name + ": figure '" + e.getKey() + "' is not a number");
                }
                out.put(e.getKey(), e.getValue().asDouble());
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + ": not JSON (" + e.getOriginalMessage() + ")");
        }
    }

    public static String format(Map<String, Double> figures) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode f = root.putObject("figures");
        figures.forEach((k, v) -> f.put(k, BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP)));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each figure of the floor that {@code now} falls short of, in words; empty when none does. */
    public static List<String> shortfalls(Map<String, Double> floor, Map<String, Double> now) {
        List<String> out = new ArrayList<>();
        floor.forEach((name, was) -> {
            Double is = now.get(name);
            if (is == null) {
                out.add(name + ": recorded at " + fmt(was) + ", not measured now");
            } else if (FidelityReport.lowerIsBetter(name) ? is > was + ROUNDING : is < was - ROUNDING) {
                out.add(name + ": " + fmt(is) + (FidelityReport.lowerIsBetter(name) ? ", above " : ", below ")
                        + "the recorded " + fmt(was));
            }
        });
        return out;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
