package org.readerfirst.cli;

import static org.readerfirst.cli.SvgChart.escape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.readerfirst.core.habits.CategoryShare;
import org.readerfirst.core.habits.HabitsReport;
import org.readerfirst.core.habits.MonthFigures;
import org.readerfirst.core.habits.PhraseCount;
import org.readerfirst.core.habits.RhythmBreak;
import org.readerfirst.core.habits.StockTexts;
import org.readerfirst.core.model.ContentType;

/**
 * {@code readerfirst report --format html}: one page to keep or share, its charts inline SVG and its
 * style in the page, so it opens anywhere without a network, a script or another file.
 */
final class ReportHtml {

    private static final String STYLE = """
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2733;max-width:960px;margin:2em auto;padding:0 1em}
            h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:2em}
            .note{color:#5a6675;font-size:.9em}
            table{border-collapse:collapse;margin:.5em 0}th,td{padding:.2em .7em;border-bottom:1px solid #dde3ea}
            th{text-align:left;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}
            tr.total td{font-weight:600;border-top:2px solid #1d2733}
            svg text{font:11px system-ui,sans-serif;fill:#1d2733}svg .tick,svg .label{fill:#5a6675}
            svg .legend{font-size:12px}
            @media (prefers-color-scheme:dark){body{background:#14191f;color:#e4e9ef}svg text{fill:#e4e9ef}
            svg .grid{stroke:#2a323c}th,td{border-color:#2a323c}tr.total td{border-top-color:#e4e9ef}}
            """;

    /** The most stock phrases the page lists; the JSON has them all. */
    private static final int LISTED = 20;

    private final HabitsReport report;
    private final ReportWords words;
    private final StringBuilder html = new StringBuilder();

    ReportHtml(HabitsReport report, ReportWords words) {
        this.report = report;
        this.words = words;
    }

    String page() {
        html.append("<!DOCTYPE html>\n<html lang=\"").append(words.language().id()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(words.title())).append(" – ReaderFirst</title>\n<style>\n")
                .append(STYLE).append("</style>\n</head>\n<body>\n<h1>").append(escape(words.title())).append("</h1>\n");
        if (report.isEmpty()) {
            html.append("<p>").append(escape(words.noHistory())).append("</p>\n");
        } else {
            introduction();
            activity();
            busiest();
            categories();
            rhythmBreaks(words.daysOver(report.updatesPerDay().orElse(0)), report.crowdedDays(), words.updates());
            rhythmBreaks(words.weeksOver(report.articlesPerWeek().orElse(0)), report.crowdedWeeks(), words.articles());
            stock();
            phrases(words.stockPhrases(), report.stockPhrases());
            phrases(words.openings(), report.openings());
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private void introduction() {
        List<MonthFigures> months = report.months();
        html.append("<p>").append(months.get(0).month()).append(" – ").append(months.get(months.size() - 1).month())
                .append(" (").append(escape(words.timesIn().replace("{zone}", report.zone().getId()))).append("). ")
                .append(escape(report.updatesPerDay().isPresent() && report.articlesPerWeek().isPresent()
                        ? words.rhythm(report.updatesPerDay().getAsInt(), report.articlesPerWeek().getAsInt())
                        : words.noRhythm()))
                .append("</p>\n");
    }

    private List<String> monthLabels() {
        return report.months().stream().map(m -> m.month().toString()).toList();
    }

    private void activity() {
        List<SvgChart.Series> series = new ArrayList<>();
        for (ContentType t : List.of(ContentType.POST, ContentType.ARTICLE, ContentType.COMMENT)) {
            series.add(new SvgChart.Series(words.plural().get(t), color(t),
                    report.months().stream().map(m -> m.published(t).count()).toList()));
        }
        List<Boolean> over = report.months().stream()
                .map(m -> !m.crowdedDays().isEmpty() || !m.crowdedWeeks().isEmpty()).toList();
        html.append("<h2>").append(escape(words.activity())).append("</h2>\n")
                .append(SvgChart.groupedBars(words.activity(), monthLabels(), series, List.of(), over,
                        words.daysOver(report.updatesPerDay().orElse(0)) + " / "
                                + words.weeksOver(report.articlesPerWeek().orElse(0))))
                .append("\n<p class=\"note\">").append(escape(words.activityNote())).append("</p>\n");
        table();
    }

    private static String color(ContentType type) {
        return switch (type) {
            case POST -> "#2e6db4";
            case ARTICLE -> "#e08a1e";
            default -> "#5aa469";
        };
    }

    private void table() {
        List<ContentType> columns = ReportText.COLUMNS;
        html.append("<table>\n<tr><th>").append(escape(words.month())).append("</th>");
        for (ContentType t : columns) {
            html.append("<th>").append(escape(words.plural().get(t))).append("</th>");
        }
        html.append("<th>").append(escape(words.dayColumn())).append("</th><th>").append(escape(words.weekColumn()))
                .append("</th><th>").append(escape(words.score())).append("</th></tr>\n");
        for (MonthFigures m : report.months()) {
            html.append("<tr><td>").append(m.month()).append("</td>");
            for (ContentType t : columns) {
                cell(m.published(t).count());
            }
            cell(m.crowdedDays().size());
            cell(m.crowdedWeeks().size());
            html.append("<td class=\"n\">").append(ReportText.score(m.medianScore())).append("</td></tr>\n");
        }
        html.append("<tr class=\"total\"><td>").append(escape(words.total())).append("</td>");
        for (ContentType t : columns) {
            cell(report.published(t).count());
        }
        cell(report.crowdedDays().size());
        cell(report.crowdedWeeks().size());
        html.append("<td class=\"n\">").append(ReportText.score(report.medianScore())).append("</td></tr>\n</table>\n");
    }

    private void cell(int n) {
        html.append("<td class=\"n\">").append(n).append("</td>");
    }

    private void busiest() {
        List<SvgChart.Series> series = List.of(
                new SvgChart.Series(words.busiestDay(), color(ContentType.POST),
                        report.months().stream().map(MonthFigures::busiestDay).toList()),
                new SvgChart.Series(words.busiestWeek(), color(ContentType.ARTICLE),
                        report.months().stream().map(MonthFigures::busiestWeek).toList()));
        List<SvgChart.Limit> limits = new ArrayList<>();
        if (report.updatesPerDay().isPresent() && report.articlesPerWeek().isPresent()) {
            limits.add(new SvgChart.Limit(words.rhythmDay(report.updatesPerDay().getAsInt()), color(ContentType.POST),
                    report.updatesPerDay().getAsInt()));
            limits.add(new SvgChart.Limit(words.rhythmWeek(report.articlesPerWeek().getAsInt()),
                    color(ContentType.ARTICLE), report.articlesPerWeek().getAsInt()));
        }
        html.append("<h2>").append(escape(words.busiest())).append("</h2>\n")
                .append(SvgChart.groupedBars(words.busiest(), monthLabels(), series, limits,
                        report.months().stream().map(m -> false).toList(), ""))
                .append("\n<p class=\"note\">").append(escape(words.busiestNote())).append("</p>\n");
    }

    private void categories() {
        List<CategoryShare> sorted = new ArrayList<>(report.categories());
        sorted.sort(Comparator.comparingInt(CategoryShare::texts).reversed());
        html.append("<h2>").append(escape(words.categories())).append("</h2>\n<p class=\"note\">")
                .append(escape(words.categoriesNote(report.checked().count()))).append("; ")
                .append(escape(words.score())).append(" ").append(ReportText.score(report.medianScore()))
                .append("</p>\n")
                .append(SvgChart.shares(words.categories(),
                        sorted.stream().map(c -> words.category().get(c.category())).toList(),
                        sorted.stream().map(CategoryShare::share).toList(), "#7b5ea7"))
                .append('\n');
    }

    private void rhythmBreaks(String heading, List<RhythmBreak> breaks, String unit) {
        if (breaks.isEmpty()) {
            return;
        }
        html.append("<h2>").append(escape(Character.toUpperCase(heading.charAt(0)) + heading.substring(1)))
                .append("</h2>\n<ul>\n");
        for (RhythmBreak b : breaks) {
            html.append("<li>").append(b.day()).append(": ").append(b.count()).append(' ').append(escape(unit))
                    .append(" (").append(escape(words.drafts())).append(' ')
                    .append(b.draftIds().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                    .append(")</li>\n");
        }
        html.append("</ul>\n");
    }

    private void stock() {
        html.append("<h2>").append(escape(words.stock())).append("</h2>\n<table>\n");
        for (StockTexts s : report.stock()) {
            html.append("<tr><td>").append(escape(words.plural().get(s.type()))).append("</td><td class=\"n\">")
                    .append(s.stock().count()).append(' ').append(escape(words.sentOf())).append(' ')
                    .append(s.sent().count()).append("</td><td class=\"n\">").append(ReportText.percent(s.share()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void phrases(String heading, List<PhraseCount> phrases) {
        html.append("<h2>").append(escape(heading)).append("</h2>\n");
        if (phrases.isEmpty()) {
            html.append("<p>").append(escape(words.noneRepeated())).append("</p>\n");
            return;
        }
        html.append("<table>\n");
        for (PhraseCount p : phrases.subList(0, Math.min(LISTED, phrases.size()))) {
            html.append("<tr><td class=\"n\">").append(p.count()).append("</td><td>").append(escape(p.phrase()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }
}
