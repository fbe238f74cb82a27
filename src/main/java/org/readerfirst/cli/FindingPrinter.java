package org.readerfirst.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.readerfirst.core.curation.SourceComparison;
import org.readerfirst.core.model.CheckResult;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Score;
import org.readerfirst.core.model.Severity;

/** Prints check results for people (one line a finding) or for programs (one JSON object a file). */
final class FindingPrinter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;
    private final boolean json;

    FindingPrinter(PrintStream out, boolean json) {
        this.out = out;
        this.json = json;
    }

    void print(String file, CheckResult result) {
        print(file, result, null);
    }

    /** @param curation the draft compared with the {@code --source} text, or null without one */
    void print(String file, CheckResult result, SourceComparison curation) {
        if (json) {
            out.println(toJson(file, result, curation));
        } else {
            printText(file, result);
            if (curation != null) {
                out.println(file + ": " + CurationFigures.summary(curation));
            }
        }
    }

    private void printText(String file, CheckResult result) {
        String text = result.snapshot().text();
        LineIndex lines = new LineIndex(text);
        for (Finding f : result.findings()) {
            out.println(file + ":" + lines.line(f.start()) + ":" + lines.column(f.start()) + ": "
                    + f.severity().id() + " [" + f.category().id() + "] " + f.message() + " (" + f.ruleId() + ")");
        }
        out.println(file + ": " + summary(result) + ", score " + result.score().total());
        if (result.uncheckedChars() > 0) {
            out.println(file + ": " + unchecked(result));
        }
    }

    /** What a check of a text too long to check whole left out, in the words the window uses. */
    static String unchecked(CheckResult result) {
        return String.format(Locale.ROOT, "checked the first %,d characters; the remaining %,d were not checked",
                result.checkedChars(), result.uncheckedChars());
    }

    static String summary(CheckResult result) {
        if (result.findings().isEmpty()) {
            return "no findings (" + result.language().id() + ", " + result.snapshot().type().id() + ")";
        }
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            long n = result.count(s);
            if (n > 0) {
                parts.add(n + " " + s.id() + (n == 1 ? "" : "s"));
            }
        }
        return String.join(", ", parts) + " (" + result.language().id() + ", " + result.snapshot().type().id() + ")";
    }

    static String toJson(String file, CheckResult result) {
        return toJson(file, result, null);
    }

    static String toJson(String file, CheckResult result, SourceComparison curation) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("file", file);
        o.put("language", result.language().id());
        o.put("type", result.snapshot().type().id());
        o.put("chars", result.snapshot().text().length());
        o.put("checked_chars", result.checkedChars());
        o.put("unchecked_chars", result.uncheckedChars());
        if (result.uncheckedChars() > 0) {
            o.put("notice", unchecked(result));
        }
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : result.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.ruleId());
            m.put("category", f.category().id());
            m.put("severity", f.severity().id());
            m.put("start", f.start());
            m.put("end", f.end());
            m.put("message", f.message());
            m.put("suggestions", f.suggestions());
            m.put("why", f.why());
            findings.add(m);
        }
        o.put("findings", findings);
        Score score = result.score();
        o.put("score", score.total());
        Map<String, Integer> categories = new LinkedHashMap<>();
        score.categories().forEach((c, v) -> categories.put(c.id(), v));
        o.put("categories", categories);
        if (curation != null) {
            o.put("curation", CurationFigures.toMap(curation));
        }
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a check result could not be written as JSON", e);
        }
    }

    /** Line and column (both from 1) of an offset, for messages people read in an editor. */
    static final class LineIndex {
        private final String text;

        LineIndex(String text) {
            this.text = text;
        }

        int line(int offset) {
            int line = 1;
            for (int i = 0; i < offset && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }

        int column(int offset) {
            int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1));
            if (offset == 0) {
                lineStart = -1;
            }
            return text.codePointCount(lineStart + 1, Math.min(offset, text.length())) + 1;
        }
    }
}
