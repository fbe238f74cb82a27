package org.readerfirst.ui.publishing;

import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.readerfirst.core.rules.PublishingRhythm;
import org.readerfirst.ui.publishing.PublishingLogViewModel.Outlook;
import org.readerfirst.ui.common.Dates;
import org.readerfirst.ui.common.Messages;

/**
 * The last eight weeks: updates and articles per week as bars, a week that broke the guidance's
 * rhythm marked, the rhythm itself in words, and the next free slot for each.
 */
final class CadenceChartView {


    private final PublishingLogViewModel vm;
    private final BarChart<String, Number> chart;
    private final Label limits = new Label();
    private final Label next = new Label();
    private final VBox root;

    CadenceChartView(PublishingLogViewModel vm) {
        this.vm = vm;
        CategoryAxis weeks = new CategoryAxis();
        weeks.setLabel(Messages.get("chart.weeks"));
        NumberAxis count = new NumberAxis();
        count.setLabel(Messages.get("chart.count"));
        count.setMinorTickVisible(false);
        count.setTickUnit(1);
        count.setAutoRanging(false);
        count.setLowerBound(0);
        chart = new BarChart<>(weeks, count);
        chart.setId("cadence-chart");
        chart.setTitle(Messages.get("chart.title"));
        chart.setAnimated(false);
        chart.setPrefHeight(300);
        limits.setId("cadence-limits");
        limits.setWrapText(true);
        limits.getStyleClass().add("chart-note");
        next.setId("cadence-next");
        next.setWrapText(true);
        next.getStyleClass().add("chart-next");
        root = new VBox(6, chart, limits, next);
        vm.outlookProperty().addListener((obs, was, now) -> show(now));
        show(vm.outlookProperty().get());
    }

    private void show(Outlook outlook) {
        if (outlook == null) {
            return;
        }
        XYChart.Series<String, Number> updates = new XYChart.Series<>();
        updates.setName(Messages.get("chart.updates"));
        XYChart.Series<String, Number> articles = new XYChart.Series<>();
        articles.setName(Messages.get("chart.articles"));
        int highest = 1;
        for (PublishingRhythm.Week w : outlook.weeks()) {
            String label = Dates.day(w.monday());
            updates.getData().add(new XYChart.Data<>(label, w.updates()));
            articles.getData().add(new XYChart.Data<>(label, w.articles()));
            highest = Math.max(highest, Math.max(w.updates(), w.articles()));
        }
        ((NumberAxis) chart.getYAxis()).setUpperBound(highest + 1);
        chart.getData().setAll(updates, articles);
        // The chart gives each bar its classes as it makes it, so the mark goes on afterwards.
        for (int i = 0; i < outlook.weeks().size(); i++) {
            PublishingRhythm.Week w = outlook.weeks().get(i);
            markOver(updates.getData().get(i), w.updatesOver());
            markOver(articles.getData().get(i), w.articlesOver());
        }
        PublishingRhythm r = outlook.rhythm();
        String none = Messages.get("chart.nolimit");
        limits.setText(Messages.get("chart.limits",
                r.updatesPerDay().isPresent() ? Integer.toString(r.updatesPerDay().getAsInt()) : none,
                r.articlesPerWeek().isPresent() ? Integer.toString(r.articlesPerWeek().getAsInt()) : none));
        next.setText(Messages.get("chart.next", slot(outlook, outlook.nextUpdate()), slot(outlook, outlook.nextArticle())));
    }

    private String slot(Outlook outlook, Instant at) {
        return at.isAfter(outlook.now()) ? Dates.dayTime(at.atZone(vm.zone())) : Messages.get("chart.now");
    }

    /** A week that broke the rhythm is drawn in the warning colour. */
    private static void markOver(XYChart.Data<String, Number> bar, boolean over) {
        if (over && bar.getNode() != null) {
            bar.getNode().getStyleClass().add("bar-over");
        }
    }

    Node root() {
        return root;
    }
}
