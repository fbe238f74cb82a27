package org.readerfirst.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.history.ImportProblem;
import org.readerfirst.history.ImportReport;
import org.readerfirst.history.LinkedInImport;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code readerfirst import-linkedin ZIP|DIR}: the writer's own LinkedIn history into the library. */
@Command(name = "import-linkedin",
        description = "what you sent on LinkedIn (posts, comments, sent messages, the notes of invitations you "
                + "sent) from the copy of your data LinkedIn gives you, ZIP or folder, as published drafts dated in the "
                + "publishing log; again, only what is new; creates the database (private to you) if there is none yet",
        footer = {"%nLinkedIn gives the copy under Settings › Data privacy › Get a copy of your data. A file or row "
                + "that cannot be read is named with its row; the rest is imported, and nothing already in the "
                + "library changes."},
        exitCodeList = {"0:the whole export was read",
                "2:a file or row could not be read (standard error names each; the rest was imported), or a "
                        + "problem with the command"})
final class ImportLinkedInCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ZIP|DIR", description = "the export's ZIP file, or the folder it was unpacked into")
    @IfMissing("name the ZIP file of your LinkedIn data, or the folder it was unpacked into")
    private Path export;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private HelpOption help;

    private final Invocation run;

    ImportLinkedInCommand(Invocation run) {
        this.run = run;
    }

    @Override
    public Integer call() throws UsageException {
        if (!java.nio.file.Files.exists(export)) {
            throw new UsageException("import-linkedin: no such file or folder: " + export);
        }
        try (DraftStore store = DatabaseOption.openOrCreate(database.file(run))) {
            ImportReport report = LinkedInImport.importInto(store, export);
            for (ImportProblem problem : report.problems()) {
                run.err().println("readerfirst: import-linkedin: " + problem.message());
            }
            run.out().println("imported from " + report.source() + " as " + report.writer());
            for (ContentType type : ContentType.values()) {
                if (report.found(type) > 0) {
                    run.out().println("  " + type.id() + ": " + report.added(type) + " new of " + report.found(type));
                }
            }
            run.out().println("added " + report.totalAdded() + ", already in the library " + report.alreadyImported());
            return report.problems().isEmpty() ? ReaderFirstCli.OK : ReaderFirstCli.USAGE;
        } catch (StoreException e) {
            throw new UsageException("import-linkedin: nothing was imported: " + e.getMessage());
        }
    }
}
