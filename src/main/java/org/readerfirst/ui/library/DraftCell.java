package org.readerfirst.ui.library;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.readerfirst.store.DraftStatus;
import org.readerfirst.ui.common.Dates;
import org.readerfirst.ui.common.Messages;

/**
 * A row of the drafts list: title, a line of the draft's excerpt (around the search's first match,
 * with the matched words marked), and the surface, status, tags and time of the last save. Its menu acts on
 * its own draft.
 */
public final class DraftCell extends ListCell<DraftItem> {

    private static final int SNIPPET = 64;

    /** What the row's menu does. */
    public record Actions(Runnable rename, Runnable delete, DraftLibraryViewModel library, DraftListViewModel drafts,
                   Consumer<DraftItem> openBeside, Consumer<DraftItem> editTags) {
    }

    private final Label title = new Label();
    private final TextFlow preview = new TextFlow();
    private final Label meta = new Label();
    private final VBox box = new VBox(title, preview, meta);
    private final InvalidationListener redraw = obs -> show(getItem());
    private final ToggleGroup statuses = new ToggleGroup();
    private List<SearchSnippet.Segment> shownSegments = List.of();

    DraftCell(Actions actions) {
        title.getStyleClass().add("draft-title");
        preview.getStyleClass().add("draft-preview");
        meta.getStyleClass().add("draft-meta");
        box.getStyleClass().add("draft-cell");
        box.setMinWidth(0);
        box.setPrefWidth(1);
        setContextMenu(menu(actions));
        // A right click opens the row's menu without opening its draft: "Open beside" needs the open one to stay.
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                e.consume();
                if (getItem() != null && !getContextMenu().isShowing()) {
                    getContextMenu().show(this, e.getScreenX(), e.getScreenY());
                }
            }
        });
        itemProperty().addListener((obs, was, now) -> {
            if (was != null) {
                was.rowProperty().removeListener(redraw);
                was.statusProperty().removeListener(redraw);
                was.tagsProperty().removeListener(redraw);
                was.searchWordsProperty().removeListener(redraw);
            }
            if (now != null) {
                now.rowProperty().addListener(redraw);
                now.statusProperty().addListener(redraw);
                now.tagsProperty().addListener(redraw);
                now.searchWordsProperty().addListener(redraw);
            }
        });
    }

    private ContextMenu menu(Actions a) {
        MenuItem rename = item("drafts.rename", () -> {
            a.drafts().select(getItem());
            a.rename().run();
        });
        MenuItem duplicate = item("drafts.duplicate", () -> a.library().duplicate(getItem()));
        duplicate.setId("draft-duplicate");
        MenuItem beside = item("drafts.beside", () -> a.openBeside().accept(getItem()));
        beside.setId("draft-beside");
        Menu status = new Menu(Messages.get("drafts.status"));
        status.setId("draft-status");
        for (DraftStatus s : DraftStatus.values()) {
            RadioMenuItem choice = new RadioMenuItem(Messages.get("draftstatus." + s.id()));
            choice.setId("draft-status-" + s.id());
            choice.setToggleGroup(statuses);
            choice.setOnAction(e -> a.library().setStatus(getItem(), s));
            status.getItems().add(choice);
        }
        status.setOnShowing(e -> statuses.getToggles().forEach(t -> t.setSelected(getItem() != null
                && ((RadioMenuItem) t).getId().equals("draft-status-" + getItem().statusProperty().get().id()))));
        MenuItem tags = item("drafts.tags", () -> a.editTags().accept(getItem()));
        tags.setId("draft-tags");
        MenuItem delete = item("drafts.delete", () -> {
            a.drafts().select(getItem());
            a.delete().run();
        });
        return new ContextMenu(rename, duplicate, beside, new SeparatorMenuItem(), status, tags,
                new SeparatorMenuItem(), delete);
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setOnAction(e -> {
            if (getItem() != null) {
                action.run();
            }
        });
        return item;
    }

    @Override
    protected void updateItem(DraftItem item, boolean empty) {
        super.updateItem(item, empty);
        show(empty ? null : item);
    }

    private void show(DraftItem item) {
        if (item == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        DraftRow d = item.row();
        List<String> words = item.searchWordsProperty().get();
        title.setText(d.title());
        // An autosave shows the row again every second or so: its snippet's nodes are made anew only
        // when its words changed, so that typing does not lay the drafts list out again.
        List<SearchSnippet.Segment> segments = SearchSnippet.of(d.excerpt(), words, SNIPPET);
        if (!segments.equals(shownSegments)) {
            shownSegments = segments;
            preview.getChildren().setAll(segments.stream().map(segment -> {
                Text t = new Text(segment.text());
                t.getStyleClass().add(segment.match() ? "search-match" : "snippet-text");
                return t;
            }).toList());
        }
        boolean hasText = !preview.getChildren().isEmpty();
        preview.setVisible(hasText);
        preview.setManaged(hasText);
        String tags = item.tagsProperty().get().isEmpty() ? ""
                : Messages.get("drafts.item.tags", String.join(", ", item.tagsProperty().get()));
        meta.setText(Messages.get("drafts.item.detail", Messages.of("type", d.type().id()), when(d))
                + Messages.get("drafts.item.status", Messages.get("draftstatus." + item.statusProperty().get().id()))
                + tags);
        setText(null);
        setGraphic(box);
        setAccessibleText(Messages.get("drafts.item.accessible", d.title(), Messages.of("type", d.type().id()),
                Messages.get("draftstatus." + item.statusProperty().get().id()), when(d),
                item.tagsProperty().get().isEmpty() ? ""
                        : Messages.get("drafts.item.accessible.tags", String.join(", ", item.tagsProperty().get()))));
    }

    private static String when(DraftRow d) {
        ZonedDateTime at = d.updated().atZone(ZoneId.systemDefault());
        return at.toLocalDate().equals(LocalDate.now()) ? Dates.time(at) : Dates.day(at.toLocalDate());
    }
}
