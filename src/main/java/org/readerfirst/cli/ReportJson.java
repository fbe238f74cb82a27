package org.readerfirst.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.readerfirst.core.habits.CategoryShare;
import org.readerfirst.core.habits.Counted;
import org.readerfirst.core.habits.HabitsReport;
import org.readerfirst.core.habits.MonthFigures;
import org.readerfirst.core.habits.PhraseCount;
import org.readerfirst.core.habits.RhythmBreak;
import org.readerfirst.core.habits.StockTexts;
import org.readerfirst.core.model.ContentType;

/**
 * {@code readerfirst report --format json}: the report's figures as one JSON object, each with the ids
 * of the drafts behind it ({@code readerfirst drafts show ID} opens one). docs/REPORT.md describes it.
 */
final class ReportJson {

    private ReportJson() {
    }

    static Map<String, Object> of(HabitsReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("zone", report.zone().getId());
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("updates_per_day", number(report.updatesPerDay()));
        limits.put("articles_per_week", number(report.articlesPerWeek()));
        root.put("limits", limits);
        List<Object> months = new ArrayList<>();
        for (MonthFigures m : report.months()) {
            Map<String, Object> month = new LinkedHashMap<>();
            month.put("month", m.month().toString());
            month.put("published", published(m::published));
            month.put("busiest_day", m.busiestDay());
            month.put("busiest_week", m.busiestWeek());
            month.put("days_over", breaks(m.crowdedDays()));
            month.put("weeks_over", breaks(m.crowdedWeeks()));
            month.put("checked", counted(m.checked()));
            month.put("categories", categories(m.categories()));
            month.put("median_score", number(m.medianScore()));
            months.add(month);
        }
        root.put("months", months);
        Map<String, Object> total = new LinkedHashMap<>();
        total.put("published", published(report::published));
        total.put("days_over", report.crowdedDays().size());
        total.put("weeks_over", report.crowdedWeeks().size());
        total.put("checked", counted(report.checked()));
        total.put("categories", categories(report.categories()));
        total.put("median_score", number(report.medianScore()));
        root.put("total", total);
        Map<String, Object> stock = new LinkedHashMap<>();
        for (StockTexts s : report.stock()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("sent", counted(s.sent()));
            row.put("stock", counted(s.stock()));
            stock.put(s.type().id(), row);
        }
        root.put("stock", stock);
        root.put("stock_phrases", phrases("phrase", report.stockPhrases()));
        root.put("openings", phrases("opening", report.openings()));
        return root;
    }

    private interface BySurface {
        Counted of(ContentType type);
    }

    private static Map<String, Object> published(BySurface published) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ContentType t : ContentType.values()) {
            out.put(t.id(), counted(published.of(t)));
        }
        return out;
    }

    private static Map<String, Object> counted(Counted c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", c.count());
        out.put("ids", c.draftIds());
        return out;
    }

    private static List<Object> breaks(List<RhythmBreak> breaks) {
        List<Object> out = new ArrayList<>();
        for (RhythmBreak b : breaks) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("day", b.day().toString());
            row.put("count", b.count());
            row.put("limit", b.limit());
            row.put("ids", b.draftIds());
            out.add(row);
        }
        return out;
    }

    private static Map<String, Object> categories(List<CategoryShare> shares) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (CategoryShare c : shares) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("share", Math.round(c.share() * 10_000) / 10_000.0);
            row.put("count", c.texts());
            row.put("ids", c.draftIds());
            out.put(c.category().id(), row);
        }
        return out;
    }

    private static List<Object> phrases(String key, List<PhraseCount> phrases) {
        List<Object> out = new ArrayList<>();
        for (PhraseCount p : phrases) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(key, p.phrase());
            row.put("count", p.count());
            row.put("ids", p.draftIds());
            out.add(row);
        }
        return out;
    }

    private static Object number(OptionalInt n) {
        return n.isPresent() ? n.getAsInt() : null;
    }

    private static Object number(OptionalDouble n) {
        if (n.isEmpty()) {
            return null;
        }
        double d = n.getAsDouble();
        return d == Math.rint(d) ? (Object) (long) d : (Object) d;
    }
}
