package org.readerfirst.ui.panel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.rules.Guide;
import org.readerfirst.ui.common.Appearance;
import org.readerfirst.ui.common.Messages;

/**
 * Help › The guidance: every principle in the window's language, why it matters, and each of its
 * checks with the packs' own examples. The principles are listed on the left; a finding's "why"
 * opens the page at its own.
 */
public final class GuidanceWindow {

    private final Stage stage = new Stage();
    private final ScrollPane scroll;
    private final VBox page = new VBox();
    private final ListView<Category> index = new ListView<>();
    private final Map<Category, Node> anchors = new EnumMap<>(Category.class);
    private Runnable stopFollowing = () -> { };

    public GuidanceWindow(Window owner, List<Guide.Section> sections) {
        page.getStyleClass().add("guide-page");
        for (Guide.Section s : sections) {
            Node section = section(s);
            anchors.put(s.category(), section);
            page.getChildren().add(section);
            index.getItems().add(s.category());
        }
        scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("guide-scroll");
        index.setId("guide-index");
        index.setAccessibleText(Messages.get("guide.index"));
        index.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Category c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : Messages.of("category", c.id()));
            }
        });
        index.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                scrollTo(now);
            }
        });
        SplitPane split = new SplitPane(index, scroll);
        split.setDividerPositions(0.26);
        Scene scene = new Scene(split, 860, 620);
        scene.getStylesheets().setAll(Appearance.stylesheets());
        // One window for the app's life, shown again when asked: while it shows, it follows every
        // change of look; once hidden (or its app closed) it holds on to nothing, and catches up
        // when shown again.
        stage.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> {
            scene.getStylesheets().setAll(Appearance.stylesheets());
            stopFollowing = Appearance.onChange(() -> scene.getStylesheets().setAll(Appearance.stylesheets()));
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            stopFollowing.run();
            stopFollowing = () -> { };
        });
        stage.setScene(scene);
        stage.setTitle(Messages.get("guide.title"));
        if (owner != null) {
            stage.initOwner(owner);
        }
    }

    /** Shows the window at the principle of a category. */
    public void show(Category category) {
        stage.show();
        stage.toFront();
        if (category != null) {
            index.getSelectionModel().select(category);
            index.scrollTo(category);
            // Once laid out, the section's place on the page is known.
            javafx.application.Platform.runLater(() -> scrollTo(category));
        }
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public Stage stage() {
        return stage;
    }

    private void scrollTo(Category category) {
        Node anchor = anchors.get(category);
        page.applyCss();
        page.layout();
        double height = page.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (anchor == null || height <= 0) {
            return;
        }
        Bounds b = anchor.getBoundsInParent();
        scroll.setVvalue(Math.min(1, b.getMinY() / height));
    }

    private static Node section(Guide.Section s) {
        VBox box = new VBox();
        box.getStyleClass().add("guide-section");
        box.setId("guide-" + s.category().id());
        Label title = new Label(Messages.of("category", s.category().id()));
        title.getStyleClass().add("guide-title");
        Label why = new Label(s.why());
        why.setWrapText(true);
        why.getStyleClass().add("guide-why");
        box.getChildren().addAll(title, why);
        if (s.checks().isEmpty()) {
            Label own = new Label(Messages.get("guide.grammar"));
            own.setWrapText(true);
            own.getStyleClass().add("guide-says");
            box.getChildren().add(own);
        }
        for (Guide.Check c : s.checks()) {
            box.getChildren().add(check(c));
        }
        return box;
    }

    private static Node check(Guide.Check c) {
        VBox box = new VBox();
        box.getStyleClass().add("guide-check");
        Label says = new Label(Messages.get("guide.check", Messages.of("severity", c.severity().id()), c.says()));
        says.setWrapText(true);
        says.getStyleClass().addAll("guide-says", "severity-" + c.severity().id());
        box.getChildren().add(says);
        if (!c.flagged().isBlank()) {
            box.getChildren().add(example("guide.flagged", c.flagged(), "guide-flagged"));
        }
        if (!c.fine().isBlank()) {
            box.getChildren().add(example("guide.fine", c.fine(), "guide-fine"));
        }
        return box;
    }

    private static Node example(String key, String text, String style) {
        Label l = new Label(Messages.get(key, text));
        l.setWrapText(true);
        l.getStyleClass().addAll("guide-example", style);
        return l;
    }
}
