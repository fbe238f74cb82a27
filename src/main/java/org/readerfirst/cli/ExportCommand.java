package org.readerfirst.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.export.ExportFormat;
import org.readerfirst.export.Exporter;
import org.readerfirst.store.LinkSafeFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export}: a draft file as LinkedIn post text, HTML, Markdown or plain text, on standard output
 * or into a file. The output is UTF-8 whatever the console's encoding: it is meant to be pasted.
 */
@Command(name = "export",
        description = "the draft in FILE ('-' reads standard input) as FORMAT: linkedin (post text, bold and "
                + "italic as Unicode letters; for an article the plain text that goes with its HTML), html (a page), "
                + "markdown (normalised) or text (no Markdown); to standard output or into --out, UTF-8",
        exitCodeList = {HelpTexts.DONE, HelpTexts.REFUSED})
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--to", paramLabel = "FORMAT", required = true, completionCandidates = Choices.ExportFormats.class,
            description = "what to write: ${COMPLETION-CANDIDATES}")
    @IfMissing("say which format with --to")
    private ExportFormat format;

    @Parameters(paramLabel = "FILE", description = "the draft, plain text or a little Markdown; '-' reads standard input")
    @IfMissing("name the draft file to export ('-' reads standard input)")
    private Path file;

    @Option(names = "--type", paramLabel = "TYPE", completionCandidates = Choices.ContentTypes.class,
            description = "what the text is for: ${COMPLETION-CANDIDATES} (default post)")
    private ContentType type = ContentType.POST;

    @Option(names = "--lang", paramLabel = "LANG", completionCandidates = Choices.Languages.class,
            description = "the text's language: ${COMPLETION-CANDIDATES} (default auto: detected)")
    private Language language = Language.AUTO;

    @Option(names = "--out", paramLabel = "FILE", description = "write into FILE instead (never over the draft itself)")
    private Path target;

    @Mixin
    private HelpOption help;

    private final Invocation run;

    ExportCommand(Invocation run) {
        this.run = run;
    }

    @Override
    public Integer call() throws UsageException {
        String text = TextInput.read(file.toString(), run.in());
        byte[] exported = (Exporter.export(text, type, language, format) + "\n").getBytes(StandardCharsets.UTF_8);
        if (target == null) {
            run.out().write(exported, 0, exported.length);
            run.out().flush();
        } else {
            write(target.toString(), file.toString(), exported);
        }
        return ReaderFirstCli.OK;
    }

    /** Writes beside the target and moves into place, so a failed write leaves an earlier export whole. */
    private static void write(String target, String source, byte[] bytes) throws UsageException {
        Path path;
        try {
            path = Path.of(target).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new UsageException("export: --out " + target + ": not a file name");
        }
        try {
            if (!source.equals("-") && Files.exists(path) && Files.isSameFile(path, Path.of(source))) {
                throw new UsageException("export: --out " + target + " is the draft itself; choose another file");
            }
            if (!Files.isDirectory(path.getParent())) {
                throw new UsageException("export: --out " + target + ": no such folder " + path.getParent());
            }
            Optional<Path> link = LinkSafeFiles.linkTarget(path);
            if (link.isPresent()) {
                throw new UsageException("export: --out " + target + " is a link to " + link.get()
                        + "; ReaderFirst does not write through links: name a plain file");
            }
            if (Files.isDirectory(path)) {
                throw new UsageException("export: --out " + target + " is a folder; name a file");
            }
            Path temp = Files.createTempFile(path.getParent(), ".export-", ".tmp");
            try {
                Files.write(temp, bytes);
                move(temp, path);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UsageException("export: --out " + target + ": cannot be written (" + e.getMessage() + ")");
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
