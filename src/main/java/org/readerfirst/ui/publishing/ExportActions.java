package org.readerfirst.ui.publishing;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.readerfirst.export.ExportFormat;
import org.readerfirst.export.LinkedInCopy;
import org.readerfirst.ui.common.Messages;

/** The window's side of "Copy for LinkedIn" and "Export…": the system clipboard and the save dialog. */
public final class ExportActions {

    private final ExportViewModel vm;
    private final Supplier<Window> owner;

    public ExportActions(ExportViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
    }

    /** An article goes on the clipboard as HTML and plain text, so either kind of paste target takes it. */
    public void copyForLinkedIn() {
        java.util.Optional<java.util.List<BeforePostingViewModel.Question>> asked = vm.questions();
        if (asked.isPresent() && !BeforePostingDialog.confirm(owner.get(), asked.get(),
                vm.beforePosting().profileAdvice(), vm.beforePosting())) {
            return;
        }
        LinkedInCopy copy = vm.copyForLinkedIn();
        if (copy.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(copy.plain());
        copy.html().ifPresent(content::putHtml);
        Clipboard.getSystemClipboard().setContent(content);
    }

    public void export() {
        Map<FileChooser.ExtensionFilter, ExportFormat> filters = new LinkedHashMap<>();
        for (ExportFormat format : new ExportFormat[] {ExportFormat.LINKEDIN, ExportFormat.TEXT, ExportFormat.MARKDOWN,
                ExportFormat.HTML}) {
            filters.put(new FileChooser.ExtensionFilter(Messages.get("export.filter." + format.id()),
                    "*." + format.extension()), format);
        }
        ExportFormat suggested = vm.suggestedFormat();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("export.title"));
        chooser.getExtensionFilters().setAll(filters.keySet());
        filters.forEach((filter, format) -> {
            if (format == suggested) {
                chooser.setSelectedExtensionFilter(filter);
            }
        });
        chooser.setInitialFileName(vm.suggestedFileName(suggested));
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return;
        }
        ExportFormat chosen = filters.getOrDefault(chooser.getSelectedExtensionFilter(), suggested);
        vm.exportTo(file.toPath(), ExportFormat.forFileName(file.getName(), chosen));
    }
}
