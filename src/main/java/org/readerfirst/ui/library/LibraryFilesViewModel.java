package org.readerfirst.ui.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.readerfirst.core.model.Draft;
import org.readerfirst.export.DraftFile;
import org.readerfirst.export.FileNames;
import org.readerfirst.export.MarkdownFormat;
import org.readerfirst.export.MarkdownReader;
import org.readerfirst.history.ImportProblem;
import org.readerfirst.history.ImportReport;
import org.readerfirst.history.LinkedInImport;
import org.readerfirst.store.BackupFolder;
import org.readerfirst.store.DraftDetails;
import org.readerfirst.store.DraftStatus;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.DraftSummary;
import org.readerfirst.store.LinkSafeFiles;
import org.readerfirst.store.StoreException;
import org.readerfirst.ui.common.Autosaver;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.common.StatusLine;
import org.readerfirst.ui.common.StoreWriter;

/**
 * The File menu's commands on the whole library: back up, restore from a backup, export every draft
 * to Markdown and import text files. Every one runs on the writer thread after the saves asked for
 * before it, and reports on the status line.
 */
public final class LibraryFilesViewModel {

    /** What the window does with the drafts read after a restore (without their texts): shows them as its new library. */
    public interface Reload {
        void reload(List<DraftSummary> drafts);
    }

    private final StoreWriter storeWriter;
    private final Autosaver autosave;
    private final Executor fx;
    private final StatusLine status;
    private final DraftListViewModel drafts;
    private final Reload reload;
    private final Path database;
    private final Clock clock;
    private Runnable imported = () -> { };

    public LibraryFilesViewModel(StoreWriter storeWriter, Autosaver autosave, Executor fx, StatusLine status,
                                 DraftListViewModel drafts, Reload reload, Path database, Clock clock) {
        this.storeWriter = storeWriter;
        this.autosave = autosave;
        this.fx = fx;
        this.status = status;
        this.drafts = drafts;
        this.reload = reload;
        this.database = database;
        this.clock = clock;
    }

    /** A new file in the backups folder beside the database, which is created if missing. */
    public Path suggestedBackup() {
        try {
            return BackupFolder.newBackupFile(database, clock);
        } catch (StoreException e) {
            return BackupFolder.of(database).resolve("readerfirst-backup.db");
        }
    }

    /** The backups folder if it exists, else the database's folder: where a restore starts looking. */
    public Path backupsFolder() {
        Path folder = BackupFolder.of(database);
        return Files.isDirectory(folder) ? folder : database.toAbsolutePath().getParent();
    }

    /** Writes the library as it is once the pending saves are written; completes on the FX thread. */
    public CompletableFuture<Path> backUp(Path target) {
        autosave.saveNow();
        return report(storeWriter.submit(s -> {
            s.maintenance().backupTo(target);
            return target;
        }), t -> status.show(Messages.get("status.backup.done", t)));
    }

    /**
     * Puts the backup in place of the library, after the open draft is saved and closed so that
     * nothing the window holds is saved over the restored drafts; then shows the restored library.
     */
    public CompletableFuture<Path> restore(Path backup) {
        DraftItem open = drafts.selected();
        drafts.select(null);
        CompletableFuture<Path> done = new CompletableFuture<>();
        record Restored(Path aside, List<DraftSummary> drafts) {
        }
        CompletableFuture<Restored> restoring =
                storeWriter.submit(s -> new Restored(s.maintenance().restoreFrom(backup), s.summaries(null, null)));
        restoring.whenCompleteAsync((restored, error) -> {
            if (error != null) {
                status.storeFailed(error);
                drafts.select(open);
                done.completeExceptionally(error);
            } else {
                reload.reload(restored.drafts());
                status.show(Messages.get("status.restore.done", backup.getFileName(), restored.aside()));
                done.complete(restored.aside());
            }
        }, fx);
        return done;
    }

    /** Writes every draft outside the trash to its own .md file in {@code folder}, never over a file. */
    public CompletableFuture<Integer> exportAll(Path folder) {
        autosave.saveNow();
        return report(storeWriter.submit(s -> export(s, folder)),
                n -> status.show(Messages.get("status.export.done", n, folder)));
    }

    private static int export(DraftStore store, Path folder) throws StoreException {
        List<DraftDetails> all = store.listDetails(null);
        try {
            Files.createDirectories(folder);
            Set<String> taken = new HashSet<>();
            try (Stream<Path> existing = Files.list(folder)) {
                existing.forEach(p -> taken.add(p.getFileName().toString().toLowerCase(Locale.ROOT)));
            }
            for (DraftDetails d : all) {
                String text = MarkdownFormat.write(DraftFile.of(d.draft(), d.status().id(), d.tags()));
                LinkSafeFiles.writeNew(folder.resolve(FileNames.unique(d.draft().title(), ".md", taken)), text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("status.export.failed", folder, e.getMessage()), e);
        }
        return all.size();
    }

    /** What an import added, and the files it skipped with why. */
    record Imported(List<Draft> added, List<String> skipped) {
    }

    /** Adds the readable .md and .txt files as new drafts at the top of the list; names the others. */
    public CompletableFuture<Imported> importFiles(List<Path> files) {
        Instant now = clock.instant();
        return report(storeWriter.submit(s -> {
            List<DraftDetails> read = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            for (Path file : files) {
                try {
                    DraftFile parsed = MarkdownReader.read(file.getFileName().toString(), Files.readAllBytes(file), now);
                    read.add(new DraftDetails(parsed.draft(), DraftStatus.fromId(parsed.status()), parsed.tags()));
                } catch (IOException | IllegalArgumentException e) {
                    skipped.add(Messages.get("status.import.skipped.file", file.getFileName(), e.getMessage()));
                }
            }
            return new Imported(s.addAll(read), skipped);
        }), imported -> {
            DraftItem top = null;
            for (Draft d : imported.added()) {
                top = drafts.addFirst(d);
            }
            if (top != null) {
                // The last one added is at the top, and its text is at hand: it opens without a read.
                drafts.select(top, imported.added().get(imported.added().size() - 1));
            }
            String done = Messages.get("status.import.done", imported.added().size());
            status.show(imported.skipped().isEmpty() ? done
                    : done + " " + Messages.get("status.import.skipped", String.join("; ", imported.skipped())));
        });
    }

    /** What the window does once an import added texts: lists them, and counts them in the publishing log. */
    public void setOnImported(Runnable imported) {
        this.imported = imported;
    }

    /**
     * Brings in what the writer sent on LinkedIn from the copy of their data (a ZIP, its folder, or one
     * of its CSV files), on the writer thread: the status line says it is at work, then what was added
     * and what was there already; the problems met are returned for the window to list.
     */
    public CompletableFuture<ImportReport> importLinkedIn(Path export) {
        autosave.saveNow();
        status.show(Messages.get("status.linkedin.reading", export.getFileName()));
        return report(storeWriter.submit(s -> LinkedInImport.importInto(s, export)), report -> {
            if (report.totalAdded() > 0) {
                imported.run();
            }
            String done = Messages.get("status.linkedin.done", report.totalAdded(), report.alreadyImported());
            status.show(report.problems().isEmpty() ? done
                    : done + " " + Messages.get("status.linkedin.problems", report.problems().size()));
        });
    }

    /** A problem of an import in the window's language: the file, the row where there is one, and what is wrong. */
    public static String describe(ImportProblem problem) {
        String kind = problem.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return Messages.get("linkedin.problem." + kind, problem.file(), problem.row(), problem.line(), problem.detail());
    }

    /** Shows success with {@code shown} or the failure on the status line; completes on the FX thread. */
    private <T> CompletableFuture<T> report(CompletableFuture<T> call, Consumer<T> shown) {
        CompletableFuture<T> done = new CompletableFuture<>();
        call.whenCompleteAsync((value, error) -> {
            if (error != null) {
                status.storeFailed(error);
                done.completeExceptionally(error);
            } else {
                shown.accept(value);
                done.complete(value);
            }
        }, fx);
        return done;
    }
}
