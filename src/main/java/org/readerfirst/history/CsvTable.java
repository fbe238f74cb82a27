package org.readerfirst.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.readerfirst.history.ImportProblem.Kind;

/**
 * One CSV file of the export read with Commons CSV, its columns found by name. LinkedIn's files differ
 * between export versions, and the table takes them as they come: a byte order mark (dropped before
 * this), commas or (in 2018) tabs between values, header names in any case and spacing ("SharedUrl",
 * "SharedURL", "Shared URL" are one column), extra columns, and notes above the header (the header is
 * the first record that holds every column the file needs). Quoted values may span lines; a quote
 * inside one is doubled, or in Comments.csv escaped with a backslash, and text after a closing quote
 * is kept rather than refused.
 */
final class CsvTable implements Iterable<CsvTable.Row> {

    /** How far down notes may push the header. */
    private static final int HEADER_WITHIN = 20;

    /** One row below the header; {@code row} and {@code line} as {@link ImportProblem} gives them. */
    record Row(long row, long line, List<String> values) {
    }

    private final String file;
    private final Map<String, Integer> columns;
    private final int width;
    private final List<Row> rows;

    private CsvTable(String file, Map<String, Integer> columns, int width, List<Row> rows) {
        this.file = file;
        this.columns = columns;
        this.width = width;
        this.rows = rows;
    }

    /**
     * Reads the file's text; empty, with the reason among {@code problems}, when no header holds all
     * of {@code required} (each a list of names any of which will do). A row that cannot be read is
     * among {@code problems} and not in the table.
     */
    static Optional<CsvTable> read(String file, String text, boolean backslashEscapes, List<List<String>> required,
            List<ImportProblem> problems) {
        return read(file, text, backslashEscapes, required, null, problems);
    }

    /**
     * As {@link #read(String, String, boolean, List, List)}, for a file whose last column {@code spill}
     * holds text that LinkedIn may have left unquoted across lines (the comments of 2021 and 2022): a
     * record of one value with no delimiter in it, right after a row, is that row's text going on.
     */
    static Optional<CsvTable> read(String file, String text, boolean backslashEscapes, List<List<String>> required,
            List<String> spill, List<ImportProblem> problems) {
        List<ImportProblem> commas = new ArrayList<>();
        Optional<CsvTable> table = read(file, text, ',', backslashEscapes, required, spill, commas);
        if (table.isEmpty() && text.indexOf('\t') >= 0) {
            List<ImportProblem> tabs = new ArrayList<>();
            Optional<CsvTable> tabbed = read(file, text, '\t', backslashEscapes, required, spill, tabs);
            if (tabbed.isPresent()) {
                problems.addAll(tabs);
                return tabbed;
            }
        }
        problems.addAll(commas);
        return table;
    }

    private static Optional<CsvTable> read(String file, String text, char delimiter, boolean backslashEscapes,
            List<List<String>> required, List<String> spill, List<ImportProblem> problems) {
        // Empty lines are kept to be told apart: between rows they are nothing, in a spilt text a paragraph break.
        CSVFormat.Builder format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setTrailingData(true)
                .setLenientEof(true);
        if (backslashEscapes) {
            format.setEscape('\\');
        }
        LineNumbers lines = new LineNumbers(text);
        try (CSVParser parser = CSVParser.parse(text, format.get())) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> firstRecord = null;
            Map<String, Integer> columns = null;
            while (columns == null && records.hasNext()) {
                CSVRecord r = records.next();
                firstRecord = firstRecord == null ? r.toList() : firstRecord;
                Map<String, Integer> named = names(r.toList());
                if (required.stream().allMatch(names -> find(named, names).isPresent())) {
                    columns = named;
                } else if (r.getRecordNumber() >= HEADER_WITHIN) {
                    break;
                }
            }
            if (columns == null) {
                problems.add(ImportProblem.ofFile(Kind.UNKNOWN_LAYOUT, file, "has no header with the columns "
                        + expected(required) + (firstRecord == null ? "; the file is empty." : "; its first line names "
                        + String.join(", ", firstRecord) + ".")));
                return Optional.empty();
            }
            int width = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
            int spillAt = spill == null ? -1 : find(columns, spill).filter(at -> at == width - 1).orElse(-1);
            List<Row> rows = new ArrayList<>();
            CsvTable table = new CsvTable(file, columns, width, rows);
            try {
                boolean afterRow = false;
                while (records.hasNext()) {
                    CSVRecord r = records.next();
                    List<String> values = new ArrayList<>(r.toList());
                    boolean blank = values.size() == 1 && values.get(0).isEmpty();
                    if (values.size() == 1 && spillAt >= 0 && afterRow) {
                        List<String> previous = rows.get(rows.size() - 1).values();
                        previous.set(spillAt, previous.get(spillAt) + "\n" + values.get(0));
                        continue;
                    }
                    if (blank) {
                        continue;
                    }
                    long line = lines.at(r.getCharacterPosition());
                    String wrong = table.wrongWidth(values, required);
                    afterRow = wrong == null;
                    if (wrong != null) {
                        problems.add(ImportProblem.ofRow(file, r.getRecordNumber(), line, wrong));
                    } else {
                        rows.add(new Row(r.getRecordNumber(), line, values));
                    }
                }
            } catch (UncheckedIOException e) {
                // Commons CSV stops at a record it cannot read; what came before it stays.
                long at = parser.getCurrentLineNumber();
                problems.add(ImportProblem.ofRow(file, parser.getRecordNumber() + 1, at,
                        "cannot be read, nor anything after it (" + e.getCause().getMessage() + ")."));
            }
            return Optional.of(table);
        } catch (IOException | UncheckedIOException e) {
            problems.add(ImportProblem.ofFile(Kind.UNREADABLE_FILE, file, "cannot be read as CSV (" + e.getMessage() + ")."));
            return Optional.empty();
        }
    }

    @Override
    public Iterator<Row> iterator() {
        return rows.iterator();
    }

    String file() {
        return file;
    }

    boolean has(String... names) {
        return find(columns, List.of(names)).isPresent();
    }

    /** The row's value in the first of the named columns the file has, stripped; "" when it has none. */
    String value(Row row, String... names) {
        return raw(row, names).strip();
    }

    /** As {@link #value}, not stripped. */
    String raw(Row row, String... names) {
        Optional<Integer> at = find(columns, List.of(names));
        return at.isPresent() && at.get() < row.values().size() ? row.values().get(at.get()) : "";
    }

    /** Why the row's values do not fit the header, or null when they do. */
    private String wrongWidth(List<String> values, List<List<String>> required) {
        for (List<String> names : required) {
            int at = find(columns, names).orElseThrow();
            if (at >= values.size()) {
                return "has " + values.size() + (values.size() == 1 ? " value" : " values") + " where the header has "
                        + width + ", so its " + names.get(0) + " is missing.";
            }
        }
        // Values beyond the header that hold something mean a value was split: the row is not what it seems.
        for (int i = width; i < values.size(); i++) {
            if (!values.get(i).isBlank()) {
                return "has " + values.size() + " values where the header has " + width
                        + "; a quote in it was probably not closed.";
            }
        }
        return null;
    }

    private static Map<String, Integer> names(List<String> header) {
        Map<String, Integer> named = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            named.putIfAbsent(normal(header.get(i)), i);
        }
        return named;
    }

    private static Optional<Integer> find(Map<String, Integer> columns, List<String> names) {
        for (String name : names) {
            Integer at = columns.get(normal(name));
            if (at != null) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    /** "Sent At", "sentAt" and "SENT_AT" are one name. */
    static String normal(String name) {
        return name.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }

    private static String expected(List<List<String>> required) {
        return String.join(", ", required.stream().map(names -> names.get(0)).toList());
    }

    /** The line of the text that a character offset falls on, from 1. */
    private static final class LineNumbers {
        private final int[] starts;

        LineNumbers(String text) {
            int[] found = new int[16];
            int n = 0;
            found[n++] = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    if (n == found.length) {
                        found = Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = i + 1;
                }
            }
            starts = Arrays.copyOf(found, n);
        }

        long at(long offset) {
            int i = Arrays.binarySearch(starts, (int) Math.min(offset, Integer.MAX_VALUE));
            return (i >= 0 ? i : -i - 2) + 1;
        }
    }
}
