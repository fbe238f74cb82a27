package org.readerfirst.core.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** What the YAML parser says of a pack, in one line a writer can act on, and where in the file it is. */
final class YamlMistakes {

    private YamlMistakes() {
    }

    /** Turns a parser's complaint into one line a writer can act on. */
    static PackProblem describe(String source, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        String what;
        if (e instanceof UnrecognizedPropertyException u) {
            what = "unknown key '" + u.getPropertyName() + "'" + closest(u.getPropertyName(), u.getKnownPropertyIds());
        } else {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            if (root instanceof IllegalArgumentException) {
                what = root.getMessage();
            } else if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
                what = "wrong value at '" + pathOf(m) + "': " + firstLine(e.getOriginalMessage());
            } else {
                what = firstLine(e.getOriginalMessage());
            }
        }
        return new PackProblem(source, line, what);
    }

    private static String pathOf(JsonMappingException m) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String closest(String unknown, java.util.Collection<Object> known) {
        if (known == null) {
            return "";
        }
        for (Object k : known) {
            String candidate = String.valueOf(k);
            if (WordMatcher.withinOneEdit(unknown, candidate)
                    || (candidate.length() > 3 && Math.abs(candidate.length() - unknown.length()) <= 2
                    && (candidate.startsWith(unknown) || unknown.startsWith(candidate)))) {
                return " (did you mean '" + candidate + "'?)";
            }
        }
        return "";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "cannot be read";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    static String pointer(JsonMappingException m) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                sb.append('/').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('/').append(r.getIndex());
            }
        }
        return sb.toString();
    }
}
