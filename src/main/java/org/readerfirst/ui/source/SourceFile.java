package org.readerfirst.ui.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.readerfirst.core.curation.SourceText;
import org.readerfirst.core.lang.TextBytes;
import org.readerfirst.source.SourceDocuments;
import org.readerfirst.ui.common.Messages;

/** A .txt, .md or .html file read as a source, or the reason in the writer's words why it cannot be. */
final class SourceFile {

    /** Larger files are not a source a post draws on; reading them would only stall the pane. */
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private SourceFile() {
    }

    static SourceText read(Path file) {
        String name = String.valueOf(file.getFileName());
        String lower = name.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".markdown")
                || lower.endsWith(".html") || lower.endsWith(".htm"))) {
            throw new Unreadable(Messages.get("source.file.kind", name));
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new Unreadable(Messages.get("source.file.large", name, MAX_FILE_BYTES / (1024 * 1024)));
            }
            String content = TextBytes.decode(Files.readAllBytes(file));
            if (content.isBlank()) {
                throw new Unreadable(Messages.get("source.file.empty", name));
            }
            return SourceDocuments.parse(name, content);
        } catch (TextBytes.NotText e) {
            throw new Unreadable(Messages.get(e.problem() == TextBytes.Problem.BINARY ? "source.file.binary"
                    : "source.file.encoding", name));
        } catch (IOException e) {
            throw new Unreadable(Messages.get("source.file.failed", name, String.valueOf(e.getMessage())));
        }
    }

    /** Why a file could not become the source, in the writer's words. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

}
