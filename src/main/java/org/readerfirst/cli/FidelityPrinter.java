package org.readerfirst.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.readerfirst.core.fidelity.FidelityReport;
import org.readerfirst.core.fidelity.LabelledCorpus;
import org.readerfirst.core.fidelity.Tally;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.Language;

/** Prints what {@code eval} measured, as a table for people or one JSON object for programs. */
final class FidelityPrinter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FidelityPrinter() {
    }

    static void text(PrintStream out, String corpus, FidelityReport r) {
        text(out, corpus, r, true);
    }

    /**
     * @param showWords false for a held-out half measured against its floor: the words grammar flagged
     *     in its texts are left out (the ids and rules stay), so that no one learns from them
     */
    static void text(PrintStream out, String corpus, FidelityReport r, boolean showWords) {
        out.printf(Locale.ROOT, "eval %s: %d texts (%s), %d clean%n", corpus, r.textCount(null),
                String.join(", ", r.languages().stream().map(l -> l.id() + " " + r.textCount(l)).toList()),
                r.cleanCount(null));
        out.println("category           lang  labelled found missed false  precision recall    f1");
        for (Category c : LabelledCorpus.audienceFirst()) {
            for (Language l : r.languages()) {
                row(out, c.id(), l.id(), r.tally(c, l));
            }
            row(out, "", "all", r.tally(c, null));
        }
        out.printf(Locale.ROOT, "macro recall: all %.2f, %s%n", r.macroRecall(null), perLanguage(r, true));
        out.printf(Locale.ROOT, "macro precision: all %.2f, %s%n", r.macroPrecision(null), perLanguage(r, false));
        out.printf(Locale.ROOT, "clean texts flagged: %d of %d (%.1f%%)%n", r.cleanFlagged().size(), r.cleanCount(null),
                100 * r.cleanFlaggedShare());
        FidelityReport.Proofreading p = r.proofreading();
        if (p != null) {
            out.printf(Locale.ROOT, "grammar and spelling on clean texts: %.2f false alarms per 1,000 characters (%d in %,d;"
                    + " %d more on mistakes the texts were published with)%n",
                    p.warningsPer1000Chars(), p.warnings(), p.cleanChars(), p.realMistakes());
            out.printf(Locale.ROOT, "seeded typos caught: %d of %d (%.1f%%)%n", p.typosCaught(), p.typosSeeded(),
                    100 * p.typosCaughtShare());
        }
        list(out, "missed", r.misses());
        list(out, "false alarms", r.falseAlarms());
        if (!r.cleanFlagged().isEmpty()) {
            out.println("clean texts flagged: " + String.join(" ", r.cleanFlagged()));
        }
        if (p != null) {
            p.flags().forEach(f -> out.println("grammar or spelling on a clean text: "
                    + (showWords ? f : f.withoutWords())));
            p.typosMissed().forEach(f -> out.println("typo missed: " + f));
        }
    }

    private static void row(PrintStream out, String category, String language, Tally t) {
        if (t.labelled() + t.falseAlarms() == 0) {
            return;
        }
        out.printf(Locale.ROOT, "%-18s %-4s %9d %5d %6d %5d %10.2f %6.2f %5.2f%n", category, language, t.labelled(),
                t.found(), t.missed(), t.falseAlarms(), t.precision(), t.recall(), t.f1());
    }

    private static String perLanguage(FidelityReport r, boolean recall) {
        List<String> parts = new ArrayList<>();
        for (Language l : r.languages()) {
            parts.add(String.format(Locale.ROOT, "%s %.2f", l.id(), recall ? r.macroRecall(l) : r.macroPrecision(l)));
        }
        return String.join(", ", parts);
    }

    private static void list(PrintStream out, String what, Map<Category, List<String>> ids) {
        ids.forEach((c, list) -> out.println(what + " " + c.id() + ": " + String.join(" ", list)));
    }

    static String json(FidelityReport r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("texts", r.textCount(null));
        o.put("clean", r.cleanCount(null));
        Map<String, Object> languages = new LinkedHashMap<>();
        for (Language l : r.languages()) {
            languages.put(l.id(), Map.of("texts", r.textCount(l), "clean", r.cleanCount(l),
                    "macro_recall", r.macroRecall(l), "macro_precision", r.macroPrecision(l), "macro_f1", r.macroF1(l)));
        }
        o.put("languages", languages);
        Map<String, Object> categories = new LinkedHashMap<>();
        for (Category c : LabelledCorpus.audienceFirst()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("all", tally(r.tally(c, null)));
            for (Language l : r.languages()) {
                m.put(l.id(), tally(r.tally(c, l)));
            }
            m.put("misses", r.misses().getOrDefault(c, List.of()));
            m.put("false_alarms", r.falseAlarms().getOrDefault(c, List.of()));
            categories.put(c.id(), m);
        }
        o.put("categories", categories);
        o.put("macro", Map.of("recall", r.macroRecall(null), "precision", r.macroPrecision(null), "f1", r.macroF1(null)));
        o.put("clean_flagged", Map.of("share", r.cleanFlaggedShare(), "ids", r.cleanFlagged()));
        FidelityReport.Proofreading p = r.proofreading();
        if (p != null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("clean_chars", p.cleanChars());
            m.put("warnings", p.warnings());
            m.put("warnings_per_1000_chars", p.warningsPer1000Chars());
            m.put("real_mistakes_found", p.realMistakes());
            m.put("flags", p.flags().stream().map(FidelityReport.Flag::toString).toList());
            m.put("typos_seeded", p.typosSeeded());
            m.put("typos_caught", p.typosCaught());
            m.put("typos_caught_share", p.typosCaughtShare());
            m.put("typos_missed", p.typosMissed());
            o.put("proofreading", m);
        }
        o.put("figures", r.figures());
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an eval report could not be written as JSON", e);
        }
    }

    private static Map<String, Object> tally(Tally t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("labelled", t.labelled());
        m.put("found", t.found());
        m.put("missed", t.missed());
        m.put("false_alarms", t.falseAlarms());
        m.put("precision", t.precision());
        m.put("recall", t.recall());
        m.put("f1", t.f1());
        return m;
    }
}
