package org.readerfirst.ui.publishing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Publication;
import org.readerfirst.export.ExportFormat;
import org.readerfirst.export.Exporter;
import org.readerfirst.export.LinkedInCopy;
import org.readerfirst.store.LinkSafeFiles;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.common.StatusLine;
import org.readerfirst.ui.editor.EditorViewModel;

/**
 * What "Copy for LinkedIn" and "Export…" do with the open draft: choose the export for its surface,
 * write a file off the FX thread, and tell the writer on the status line.
 */
public final class ExportViewModel {

    private final EditorViewModel editor;
    private final StatusLine status;
    private final Executor background;
    private final Executor fx;

    public ExportViewModel(EditorViewModel editor, StatusLine status, Executor background, Executor fx) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.status = Objects.requireNonNull(status, "status");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    private BeforePostingViewModel beforePosting;
    private java.util.function.Supplier<List<Publication>> log = List::of;
    private java.time.Clock clock = java.time.Clock.systemDefaultZone();

    /** The questions Copy for LinkedIn asks first, answered from the draft's findings and this log. */
    public void useBeforePosting(BeforePostingViewModel questions, java.util.function.Supplier<List<Publication>> log,
                                 java.time.Clock clock) {
        this.beforePosting = questions;
        this.log = log;
        this.clock = clock;
    }

    public BeforePostingViewModel beforePosting() {
        return beforePosting;
    }

    /** The questions to ask before this copy, answered for the open draft; none when they are off or not for its type. */
    Optional<List<BeforePostingViewModel.Question>> questions() {
        if (beforePosting == null || !beforePosting.asks(type()) || text().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(beforePosting.questions(type(), editor.live().currentFindings(), log.get(), clock.instant(),
                clock.getZone()));
    }

    /** The open draft as LinkedIn takes it: HTML and plain text for an article, post text otherwise. */
    LinkedInCopy copyForLinkedIn() {
        ContentType type = type();
        LinkedInCopy copy = Exporter.copyForLinkedIn(text(), type, language());
        if (copy.isEmpty()) {
            status.show(Messages.get("status.copy.empty"));
        } else {
            int chars = copy.length();
            status.show(copy.html().isPresent() ? Messages.get("status.copied.article", chars)
                    : Messages.get("status.copied", chars));
        }
        return copy;
    }

    /** The format the save dialog offers first: a page for an article, LinkedIn text for the rest. */
    ExportFormat suggestedFormat() {
        return type() == ContentType.ARTICLE ? ExportFormat.HTML : ExportFormat.LINKEDIN;
    }

    /** A file name from the draft's title, without the characters file systems refuse. */
    String suggestedFileName(ExportFormat format) {
        Draft d = editor.current();
        String title = d == null ? ""
                : d.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        return (title.isEmpty() ? Messages.get("export.default.name") : title) + "." + format.extension();
    }

    /**
     * Writes the open draft to {@code file}; the future completes on the FX thread once the status line
     * says how it went. A failed write is told there and changes nothing in the draft. A link where
     * the file should go is refused, never written through to wherever it points.
     */
    CompletableFuture<Boolean> exportTo(Path file, ExportFormat format) {
        String text = text();
        ContentType type = type();
        Language language = language();
        return CompletableFuture.supplyAsync(() -> {
            Optional<Path> link = LinkSafeFiles.linkTarget(file);
            if (link.isPresent()) {
                return Messages.get("status.exportdraft.link", file, link.get());
            }
            try {
                LinkSafeFiles.replace(file, Exporter.export(text, type, language, format) + "\n");
                return null;
            } catch (IOException e) {
                return Messages.get("status.exportdraft.failed", file, String.valueOf(e.getMessage()));
            }
        }, background).thenApplyAsync(problem -> {
            if (problem == null) {
                status.show(Messages.get("status.exported", file.getFileName()));
                return true;
            }
            status.failed(problem);
            return false;
        }, fx);
    }

    private String text() {
        return editor.textProperty().get() == null ? "" : editor.textProperty().get();
    }

    private ContentType type() {
        return editor.typeProperty().get() == null ? ContentType.POST : editor.typeProperty().get();
    }

    private Language language() {
        return editor.languageProperty().get() == null ? Language.AUTO : editor.languageProperty().get();
    }
}
