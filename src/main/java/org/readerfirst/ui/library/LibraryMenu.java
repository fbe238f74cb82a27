package org.readerfirst.ui.library;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.readerfirst.export.MarkdownReader;
import org.readerfirst.ui.common.Dialogs;
import org.readerfirst.ui.common.Messages;

/**
 * The File menu's items for the library as a whole: back up, restore, export to Markdown, import
 * text files or the writer's LinkedIn data.
 * They ask for the files here and leave the work to {@link LibraryFilesViewModel}.
 */
public final class LibraryMenu {

    private final LibraryFilesViewModel vm;
    private final Supplier<Window> window;

    public LibraryMenu(LibraryFilesViewModel vm, Supplier<Window> window) {
        this.vm = vm;
        this.window = window;
    }

    /** Puts the items into the File menu, in their own group above {@code before}'s group. */
    public void addTo(Menu file, String before) {
        int at = 0;
        for (int i = 0; i < file.getItems().size(); i++) {
            if (before.equals(file.getItems().get(i).getId())) {
                at = i;
            }
        }
        file.getItems().addAll(at, List.of(
                item("menu.file.backup", this::backUp),
                item("menu.file.restore", this::restore),
                item("menu.file.export", this::export),
                item("menu.file.import", this::importFiles),
                item("menu.file.import.linkedin", this::importLinkedIn),
                new SeparatorMenuItem()));
    }

    private static MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(key.replace('.', '-'));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void backUp() {
        Path suggested = vm.suggestedBackup();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("backup.chooser"));
        chooser.setInitialDirectory(suggested.getParent().toFile());
        chooser.setInitialFileName(suggested.getFileName().toString());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("backup.filter"), "*.db"));
        File chosen = chooser.showSaveDialog(window.get());
        if (chosen != null) {
            vm.backUp(chosen.toPath());
        }
    }

    private void restore() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("restore.chooser"));
        chooser.setInitialDirectory(vm.backupsFolder().toFile());
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Messages.get("backup.filter"), "*.db"),
                new FileChooser.ExtensionFilter(Messages.get("restore.filter.all"), "*"));
        File chosen = chooser.showOpenDialog(window.get());
        if (chosen != null && Dialogs.confirm(window.get(), "restore", chosen.getName())) {
            vm.restore(chosen.toPath());
        }
    }

    private void export() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("export.chooser"));
        File folder = chooser.showDialog(window.get());
        if (folder != null) {
            vm.exportAll(folder.toPath());
        }
    }

    /**
     * The copy of their data LinkedIn gives a member: the ZIP, or any CSV file of its unpacked folder,
     * which stands for the folder. What could not be read is listed once the rest is in.
     */
    private void importLinkedIn() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("linkedin.chooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("linkedin.filter"), "*.zip", "*.csv"));
        File chosen = chooser.showOpenDialog(window.get());
        if (chosen == null) {
            return;
        }
        vm.importLinkedIn(chosen.toPath()).thenAccept(report -> {
            if (!report.problems().isEmpty()) {
                Alert alert = new Alert(Alert.AlertType.WARNING);
                Dialogs.prepare(alert, window.get(), Messages.get("linkedin.problems.title"),
                        Messages.get("linkedin.problems.header", report.problems().size()));
                TextArea list = new TextArea(String.join("\n",
                        report.problems().stream().map(LibraryFilesViewModel::describe).toList()));
                list.setEditable(false);
                list.setWrapText(true);
                // Every line at hand without scrolling, up to a dozen (the area's own reckoning of a
                // row's height falls short by about two rows here); the dialog may not shrink it.
                list.setPrefRowCount(Math.min(12, report.problems().size()) + 2);
                list.setMinHeight(Region.USE_PREF_SIZE);
                list.setId("linkedin-problems");
                list.setAccessibleText(Messages.get("linkedin.problems.title"));
                alert.getDialogPane().setContent(list);
                alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
                alert.setResizable(true);
                alert.show();
            }
        });
    }

    private void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.chooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("import.filter"),
                MarkdownReader.EXTENSIONS.stream().map(e -> "*" + e).toList()));
        List<File> files = chooser.showOpenMultipleDialog(window.get());
        if (files != null && !files.isEmpty()) {
            vm.importFiles(files.stream().map(File::toPath).toList());
        }
    }
}
