package org.readerfirst.ui.publishing;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.readerfirst.ui.publishing.PublishingLogViewModel.Entry;
import org.readerfirst.ui.common.Accessible;
import org.readerfirst.ui.common.Appearance;
import org.readerfirst.ui.common.Dialogs;
import org.readerfirst.ui.common.Icons;
import org.readerfirst.ui.common.Dates;
import org.readerfirst.ui.common.Messages;

/**
 * Publishing log...: what went out and when, oldest first, with the last eight weeks against the
 * guidance's rhythm below. An entry's date and time can be corrected, or the entry removed after
 * asking; the live cadence checks follow at once.
 */
public final class PublishingLogWindow {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("H:mm");

    private final PublishingLogViewModel vm;
    private final Stage stage = new Stage();
    private final TableView<Entry> table;

    public PublishingLogWindow(Window owner, PublishingLogViewModel vm) {
        this.vm = vm;
        table = new TableView<>(vm.entries());
        table.setId("log-table");
        Label empty = new Label(Messages.get("log.empty"));
        // The hint is a sentence: it wraps in a narrow window rather than end in an ellipsis.
        empty.setWrapText(true);
        empty.setPadding(new javafx.geometry.Insets(0, 16, 0, 16));
        table.setPlaceholder(empty);
        Accessible.named(table, "log.list.accessible");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("log.column.when", e -> Dates.dateTime(e.publication().at(), vm.zone())));
        table.getColumns().add(column("log.column.type", e -> Messages.of("type", e.publication().type().id())));
        table.getColumns().add(column("log.column.draft",
                e -> e.title().isEmpty() ? Messages.get("log.deleted") : e.title()));
        table.setPrefHeight(220);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button correct = new Button(Messages.get("log.correct"));
        correct.setId("log-correct");
        correct.setOnAction(e -> correctSelected());
        Accessible.named(correct, "log.correct.accessible");
        Button remove = new Button(Messages.get("log.remove"), Icons.of(Icons.TRASH));
        remove.setId("log-remove");
        remove.getStyleClass().add("danger");
        remove.setOnAction(e -> removeSelected());
        Accessible.named(remove, "log.remove.accessible");
        for (Button b : new Button[] {correct, remove}) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        Button close = new Button(Messages.get("log.close"));
        close.setId("log-close");
        Accessible.named(close, "log.close.accessible");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, correct, remove, spacer, close);

        VBox root = new VBox(10, table, actions, new CadenceChartView(vm).root());
        root.getStyleClass().add("log-window");
        Scene scene = new Scene(root, 640, 660);
        scene.getStylesheets().addAll(Appearance.stylesheets());
        // Escape closes the log as it closes the other dialogs, from wherever the focus is.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setTitle(Messages.get("log.title"));
        if (owner != null) {
            stage.initOwner(owner);
        }
        vm.load();
    }

    private static TableColumn<Entry, String> column(String key, java.util.function.Function<Entry, String> text) {
        TableColumn<Entry, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    private void correctSelected() {
        Entry entry = table.getSelectionModel().getSelectedItem();
        if (entry != null) {
            askWhen(entry).ifPresent(at -> vm.correct(entry, at.toLocalDate(), at.getHour(), at.getMinute()));
        }
    }

    private void removeSelected() {
        Entry entry = table.getSelectionModel().getSelectedItem();
        if (entry != null && Dialogs.confirm(stage, "log.remove",
                Dates.dateTime(entry.publication().at(), vm.zone()))) {
            vm.remove(entry);
        }
    }

    /** Asks for the entry's new date and time; OK stays disabled while the time is not hours and minutes (14:05 or 14.05). */
    private Optional<LocalDateTime> askWhen(Entry entry) {
        LocalDateTime was = LocalDateTime.ofInstant(entry.publication().at(), vm.zone());
        DatePicker date = new DatePicker(was.toLocalDate());
        date.setId("log-date");
        TextField time = new TextField(Dates.time(was.atZone(vm.zone())));
        time.setId("log-time");
        time.setPrefColumnCount(5);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        Label dateLabel = new Label(Messages.get("log.date"));
        dateLabel.setLabelFor(date);
        Label timeLabel = new Label(Messages.get("log.time"));
        timeLabel.setLabelFor(time);
        form.addRow(0, dateLabel, date);
        form.addRow(1, timeLabel, time);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle(Messages.get("log.correct.title"));
        dialog.setHeaderText(Messages.get("log.correct.header", entry.title()));
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().setId("log-correct-dialog");
        dialog.getDialogPane().getStylesheets().addAll(Appearance.stylesheets());
        dialog.getDialogPane().getStyleClass().add("readerfirst-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Accessible.nameButtons(dialog);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> date.getValue() == null || parse(time.getText()).isEmpty(), date.valueProperty(),
                time.textProperty()));
        return dialog.showAndWait().filter(ButtonType.OK::equals)
                .flatMap(b -> parse(time.getText()).map(t -> LocalDateTime.of(date.getValue(), t)));
    }

    private static Optional<LocalTime> parse(String text) {
        try {
            // 14:05 or, as Finnish writes it, 14.05.
            return Optional.of(LocalTime.parse(text.strip().replace('.', ':'), HOUR_MINUTE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public void show() {
        stage.show();
        stage.toFront();
    }
}
