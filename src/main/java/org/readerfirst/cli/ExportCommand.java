package org.readerfirst.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.export.ExportFormat;
import org.readerfirst.export.Exporter;
import org.readerfirst.store.LinkSafeFiles;

/**
 * {@code export}: a draft file as LinkedIn post text, HTML, Markdown or plain text, on standard output
 * or into a file. The output is UTF-8 whatever the console's encoding: it is meant to be pasted.
 */
final class ExportCommand {

    private final PrintStream out;
    private final InputStream in;

    ExportCommand(PrintStream out, InputStream in) {
        this.out = out;
        this.in = in;
    }

    int run(List<String> args) throws UsageException {
        CommandArgs parsed = CommandArgs.parse("export", args, Set.of("--to", "--type", "--lang", "--out"));
        String to = parsed.option("--to");
        if (to == null) {
            throw new UsageException("export: say which format with --to (" + ExportFormat.ids() + ")");
        }
        ExportFormat format = choice("--to", () -> ExportFormat.fromId(to));
        ContentType type = parsed.option("--type") == null ? ContentType.POST
                : choice("--type", () -> ContentType.fromId(parsed.option("--type")));
        Language language = parsed.option("--lang") == null ? Language.AUTO
                : choice("--lang", () -> Language.fromId(parsed.option("--lang")));
        String file = parsed.single("export", "the draft file to export ('-' reads standard input)");
        String text = TextInput.read(file, in);
        byte[] exported = (Exporter.export(text, type, language, format) + "\n").getBytes(StandardCharsets.UTF_8);
        String target = parsed.option("--out");
        if (target == null) {
            out.write(exported, 0, exported.length);
            out.flush();
        } else {
            write(target, file, exported);
        }
        return ReaderFirstCli.OK;
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T choice(String option, Parse<T> parse) throws UsageException {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException("export: " + option + ": " + e.getMessage());
        }
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
