package org.readerfirst.ui.library;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.readerfirst.export.MarkdownReader;
import org.readerfirst.ui.common.Dialogs;
import org.readerfirst.ui.common.Messages;

/**
 * The File menu's items for the library as a whole: back up, restore, export to Markdown, import.
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
