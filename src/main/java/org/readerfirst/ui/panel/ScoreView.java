package org.readerfirst.ui.panel;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.readerfirst.ui.common.Messages;

/**
 * The reader-first score at the top of the check panel: the total, large and coloured by how good
 * it is, and beside it the score of each category that has findings, the weakest first.
 */
final class ScoreView {

    private static final String[] BANDS = {"band-good", "band-fair", "band-poor", "band-none"};

    private final HBox root;

    ScoreView(CheckPanelViewModel vm) {
        Label total = new Label();
        total.setId("score-total");
        total.getStyleClass().add("score-total");
        // "100" must never be cut to an ellipsis when the panel is narrow.
        total.setMinWidth(Region.USE_PREF_SIZE);
        total.textProperty().bind(Bindings.createStringBinding(() -> vm.scoreProperty().get() == CheckPanelViewModel.NO_SCORE
                ? Messages.get("score.none") : Integer.toString(vm.scoreProperty().get()), vm.scoreProperty()));
        total.setTooltip(new Tooltip(Messages.get("score.tooltip")));
        Label caption = new Label(Messages.get("score.caption"));
        caption.getStyleClass().add("score-caption");
        Label outOf = new Label(Messages.get("score.outof"));
        outOf.getStyleClass().add("score-outof");
        VBox words = new VBox(caption, outOf);
        words.getStyleClass().add("score-words");

        FlowPane breakdown = new FlowPane();
        breakdown.setId("score-breakdown");
        breakdown.getStyleClass().add("score-breakdown");
        vm.breakdown().addListener((ListChangeListener<CheckPanelViewModel.CategoryScore>) c -> {
            breakdown.getChildren().setAll(vm.breakdown().stream().map(ScoreView::chip).toList());
        });
        vm.scoreBandProperty().addListener((obs, was, now) -> paint(total, vm));
        vm.scoreProperty().addListener((obs, was, now) -> paint(total, vm));
        paint(total, vm);

        VBox right = new VBox(words, breakdown);
        right.getStyleClass().add("score-right");
        root = new HBox(total, right);
        root.getStyleClass().add("score-box");
        root.setId("score");
    }

    private static Label chip(CheckPanelViewModel.CategoryScore s) {
        Label chip = new Label(Messages.get("score.category", Messages.of("category", s.category().id()), s.score()));
        chip.getStyleClass().addAll("score-chip", "band-" + s.band());
        return chip;
    }

    private static void paint(Label total, CheckPanelViewModel vm) {
        int score = vm.scoreProperty().get();
        total.getStyleClass().removeAll(BANDS);
        total.getStyleClass().add(score == CheckPanelViewModel.NO_SCORE ? "band-none" : "band-" + vm.scoreBandProperty().get());
        total.setAccessibleText(score == CheckPanelViewModel.NO_SCORE ? Messages.get("score.caption")
                : Messages.get("score.accessible", score));
    }

    Node root() {
        return root;
    }
}
