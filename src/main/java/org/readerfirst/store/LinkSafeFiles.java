package org.readerfirst.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Writing exports and backups into a folder the writer chose without ever following a symbolic link
 * out of it: a link where the file should go is named to the writer ({@link #linkTarget}) rather
 * than written through, and the writes themselves refuse a link that appears in the meantime.
 */
public final class LinkSafeFiles {

    private static final OpenOption[] NEW_FILE = {
        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS};
    private static final OpenOption[] REPLACE_FILE = {
        StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE,
        LinkOption.NOFOLLOW_LINKS};

    private LinkSafeFiles() {
    }

    /** Where {@code file} leads if it is a symbolic link (resolved against its folder); empty otherwise. */
    public static Optional<Path> linkTarget(Path file) {
        if (!Files.isSymbolicLink(file)) {
            return Optional.empty();
        }
        Path absolute = file.toAbsolutePath();
        try {
            return Optional.of(absolute.resolveSibling(Files.readSymbolicLink(absolute)).normalize());
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.of(absolute);
        }
    }

    /** Writes a new file; anything already there, a link included, is refused and left as it is. */
    public static void writeNew(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, NEW_FILE);
    }

    /** Writes the file, replacing a plain file of that name; a link there is refused, never followed. */
    public static void replace(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, REPLACE_FILE);
    }
}
