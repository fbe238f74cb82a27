package org.readerfirst.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.readerfirst.core.model.Draft;
import org.readerfirst.export.DraftFile;
import org.readerfirst.export.FileNames;
import org.readerfirst.export.MarkdownFormat;
import org.readerfirst.export.MarkdownReader;
import org.readerfirst.store.DraftDetails;
import org.readerfirst.store.DraftStatus;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.LinkSafeFiles;
import org.readerfirst.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code drafts export DIR} writes every draft outside the trash to its own {@code .md} file, never
 * over an existing file; {@code drafts import FILE...} adds {@code .md} and {@code .txt} files as new
 * drafts, all in one go, and names each file it refused and why.
 */
final class MarkdownCommand {

    private MarkdownCommand() {
    }

    @Command(name = "export",
            description = "every draft outside the trash as DIR/TITLE.md, with a front matter (title, type, "
                    + "language, status, tags, created, updated); never overwrites a file",
            exitCodeList = {HelpTexts.DONE, HelpTexts.REFUSED})
    static final class Export implements Callable<Integer> {

        @Parameters(paramLabel = "DIR", description = "the folder to write the files to, made if missing")
        @IfMissing("name the folder to write the files to")
        private Path folder;

        @Mixin
        private DatabaseOption database;

        @Mixin
        private HelpOption help;

        private final Invocation run;

        Export(Invocation run) {
            this.run = run;
        }

        @Override
        public Integer call() throws UsageException {
            Set<String> taken = new HashSet<>();
            try (DraftStore store = database.open(run)) {
                Files.createDirectories(folder);
                try (Stream<Path> existing = Files.list(folder)) {
                    existing.forEach(p -> taken.add(p.getFileName().toString().toLowerCase(Locale.ROOT)));
                }
                List<DraftDetails> drafts = store.listDetails(null);
                for (DraftDetails d : drafts) {
                    String name = FileNames.unique(d.draft().title(), ".md", taken);
                    String text = MarkdownFormat.write(DraftFile.of(d.draft(), d.status().id(), d.tags()));
                    LinkSafeFiles.writeNew(folder.resolve(name), text);
                }
                run.out().println("exported " + drafts.size() + " drafts to " + folder);
                return ReaderFirstCli.OK;
            } catch (StoreException e) {
                throw new UsageException(e.getMessage());
            } catch (IOException e) {
                throw new UsageException("drafts export: cannot write to " + folder + ": " + e.getMessage());
            }
        }
    }

    @Command(name = "import",
            description = ".md and .txt files as new drafts; the title from the front matter, else the first # "
                    + "heading, else the file name; a file that is not UTF-8 text is skipped with the reason and the "
                    + "rest imported (exit 2); creates the database (private to you) if there is none yet",
            exitCodeList = {"0:every file was imported",
                    "2:a file was skipped, or a problem with the command; standard error says which"})
    static final class Import implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "a .md or .txt file")
        @IfMissing("name the .md or .txt files to import")
        private List<Path> files;

        @Mixin
        private DatabaseOption database;

        @Mixin
        private HelpOption help;

        private final Invocation run;

        Import(Invocation run) {
            this.run = run;
        }

        @Override
        public Integer call() throws UsageException {
            try (DraftStore store = DatabaseOption.openOrCreate(database.file(run))) {
                List<DraftDetails> drafts = new ArrayList<>();
                int refused = 0;
                for (Path file : files) {
                    try {
                        drafts.add(details(MarkdownReader.read(String.valueOf(file.getFileName()),
                                Files.readAllBytes(file), run.clock().instant())));
                    } catch (IOException e) {
                        run.err().println("readerfirst: drafts import: skipped " + file + ": cannot read it ("
                                + e.getMessage() + ")");
                        refused++;
                    } catch (IllegalArgumentException e) {
                        run.err().println("readerfirst: drafts import: skipped " + file + ": " + e.getMessage());
                        refused++;
                    }
                }
                for (Draft d : store.addAll(drafts)) {
                    run.out().println("imported draft " + d.id() + "\t" + d.title());
                }
                return refused == 0 ? ReaderFirstCli.OK : ReaderFirstCli.USAGE;
            } catch (StoreException e) {
                throw new UsageException(e.getMessage());
            }
        }
    }

    /** @throws IllegalArgumentException if the front matter's status is not one the store knows */
    static DraftDetails details(DraftFile file) {
        DraftStatus status;
        try {
            status = DraftStatus.fromId(file.status());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("its front matter's status is not valid: " + e.getMessage(), e);
        }
        return new DraftDetails(file.draft(), status, file.tags());
    }
}
