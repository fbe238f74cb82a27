package org.readerfirst.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

/**
 * {@code drafts export DIR} writes every draft outside the trash to its own {@code .md} file, never
 * over an existing file; {@code drafts import FILE...} adds {@code .md} and {@code .txt} files as new
 * drafts, all in one go, and names each file it refused and why.
 */
final class MarkdownCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    MarkdownCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    int export(DraftStore store, CommandArgs args) throws StoreException, UsageException {
        Path folder = Path.of(args.single("drafts export", "the folder to write the files to"));
        Set<String> taken = new HashSet<>();
        try {
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
            out.println("exported " + drafts.size() + " drafts to " + folder);
            return ReaderFirstCli.OK;
        } catch (IOException e) {
            throw new UsageException("drafts export: cannot write to " + folder + ": " + e.getMessage());
        }
    }

    int importFiles(DraftStore store, CommandArgs args) throws StoreException, UsageException {
        if (args.positional().isEmpty()) {
            throw new UsageException("drafts import: name the .md or .txt files to import");
        }
        List<DraftDetails> drafts = new ArrayList<>();
        int refused = 0;
        for (String name : args.positional()) {
            Path file = Path.of(name);
            try {
                drafts.add(details(MarkdownReader.read(String.valueOf(file.getFileName()), Files.readAllBytes(file),
                        clock.instant())));
            } catch (IOException e) {
                err.println("readerfirst: drafts import: skipped " + file + ": cannot read it (" + e.getMessage() + ")");
                refused++;
            } catch (IllegalArgumentException e) {
                err.println("readerfirst: drafts import: skipped " + file + ": " + e.getMessage());
                refused++;
            }
        }
        List<Draft> added = store.addAll(drafts);
        for (Draft d : added) {
            out.println("imported draft " + d.id() + "\t" + d.title());
        }
        return refused == 0 ? ReaderFirstCli.OK : ReaderFirstCli.USAGE;
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
