package org.readerfirst.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.readerfirst.core.habits.CategoryShare;
import org.readerfirst.core.habits.HabitsReport;
import org.readerfirst.core.habits.MonthFigures;
import org.readerfirst.core.habits.PhraseCount;
import org.readerfirst.core.habits.RhythmBreak;
import org.readerfirst.core.habits.StockTexts;
import org.readerfirst.core.model.ContentType;

/** {@code readerfirst report}'s text: a table by month, then the lists, for a terminal. */
final class ReportText {

    /** The surfaces in the order of the table: what the network reads first, then what went to one person. */
    static final List<ContentType> COLUMNS = List.of(ContentType.POST, ContentType.ARTICLE,
            ContentType.COMMENT, ContentType.MESSAGE, ContentType.CONNECTION_NOTE);
    private static final int LISTED = 10;

    private final HabitsReport report;
    private final ReportWords words;
    private final PrintStream out;

    ReportText(HabitsReport report, ReportWords words, PrintStream out) {
        this.report = report;
        this.words = words;
        this.out = out;
    }

    void print() {
        if (report.isEmpty()) {
            out.println(words.noHistory());
            return;
        }
        List<MonthFigures> months = report.months();
        out.println(words.title() + ": " + months.get(0).month() + " – " + months.get(months.size() - 1).month() + " ("
                + words.timesIn().replace("{zone}", report.zone().getId()) + ")");
        out.println(report.updatesPerDay().isPresent() && report.articlesPerWeek().isPresent()
                ? words.rhythm(report.updatesPerDay().getAsInt(), report.articlesPerWeek().getAsInt()) : words.noRhythm());
        out.println();
        table();
        rhythmBreaks(words.daysOver(report.updatesPerDay().orElse(0)), report.crowdedDays(), words.updates());
        rhythmBreaks(words.weeksOver(report.articlesPerWeek().orElse(0)), report.crowdedWeeks(), words.articles());
        categories();
        stock();
        phrases(words.stockPhrases(), report.stockPhrases());
        phrases(words.openings(), report.openings());
    }

    private void table() {
        List<String> header = new ArrayList<>(List.of(words.month()));
        COLUMNS.forEach(t -> header.add(words.plural().get(t)));
        header.addAll(List.of(words.dayColumn(), words.weekColumn(), words.score()));
        List<List<String>> rows = new ArrayList<>();
        for (MonthFigures m : report.months()) {
            List<String> row = new ArrayList<>(List.of(m.month().toString()));
            COLUMNS.forEach(t -> row.add(Integer.toString(m.published(t).count())));
            row.add(Integer.toString(m.crowdedDays().size()));
            row.add(Integer.toString(m.crowdedWeeks().size()));
            row.add(score(m.medianScore()));
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of(words.total()));
        COLUMNS.forEach(t -> total.add(Integer.toString(report.published(t).count())));
        total.add(Integer.toString(report.crowdedDays().size()));
        total.add(Integer.toString(report.crowdedWeeks().size()));
        total.add(score(report.medianScore()));
        int[] width = new int[header.size()];
        for (List<String> row : concat(header, rows, total)) {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        for (List<String> row : concat(header, rows, total)) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + width[0] + "s", row.get(0)));
            for (int i = 1; i < row.size(); i++) {
                line.append("  ").append(String.format(Locale.ROOT, "%" + width[i] + "s", row.get(i)));
            }
            out.println(line);
        }
    }

    private static List<List<String>> concat(List<String> header, List<List<String>> rows, List<String> total) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        all.add(total);
        return all;
    }

    private void rhythmBreaks(String heading, List<RhythmBreak> breaks, String unit) {
        if (breaks.isEmpty()) {
            return;
        }
        out.println();
        out.println(capitalized(heading) + ":");
        for (RhythmBreak b : breaks) {
            out.println("  " + b.day() + "  " + b.count() + " " + unit + "  (" + words.drafts() + " "
                    + b.draftIds().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")");
        }
    }

    private void categories() {
        out.println();
        out.println(words.categories() + " (" + words.categoriesNote(report.checked().count()) + "):");
        List<CategoryShare> sorted = new ArrayList<>(report.categories());
        sorted.sort(Comparator.comparingInt(CategoryShare::texts).reversed());
        int width = sorted.stream().mapToInt(c -> words.category().get(c.category()).length()).max().orElse(0);
        for (CategoryShare c : sorted) {
            out.println(String.format(Locale.ROOT, "  %-" + width + "s  %4s  %d", words.category().get(c.category()),
                    percent(c.share()), c.texts()));
        }
    }

    private void stock() {
        out.println();
        out.println(words.stock() + ":");
        int width = report.stock().stream().mapToInt(s -> words.plural().get(s.type()).length()).max().orElse(0);
        for (StockTexts s : report.stock()) {
            out.println(String.format(Locale.ROOT, "  %-" + width + "s  %d %s %d", words.plural().get(s.type()),
                    s.stock().count(), words.sentOf(), s.sent().count()));
        }
    }

    private void phrases(String heading, List<PhraseCount> phrases) {
        out.println();
        out.println(heading + ":" + (phrases.isEmpty() ? " " + words.noneRepeated() : ""));
        for (PhraseCount p : phrases.subList(0, Math.min(LISTED, phrases.size()))) {
            out.println(String.format(Locale.ROOT, "  %5d  %s", p.count(), p.phrase()));
        }
    }

    static String score(OptionalDouble median) {
        if (median.isEmpty()) {
            return "–";
        }
        double m = median.getAsDouble();
        return m == Math.rint(m) ? Long.toString((long) m) : String.format(Locale.ROOT, "%.1f", m);
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
