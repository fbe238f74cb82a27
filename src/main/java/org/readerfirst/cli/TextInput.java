package org.readerfirst.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.readerfirst.core.lang.TextBytes;

/**
 * Reads a file (or standard input) of text: UTF-8, or UTF-16 when it starts with its byte order mark.
 * Anything else is named plainly: binary, another encoding, a folder, too large to be a draft.
 */
final class TextInput {

    /**
     * Above this, a file is not a draft but something else given by mistake: LinkedIn's longest
     * article is about 110,000 characters.
     */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private TextInput() {
    }

    static String read(String name, InputStream stdin) throws UsageException {
        byte[] bytes;
        try {
            if (name.equals("-")) {
                bytes = stdin.readNBytes((int) MAX_BYTES + 1);
            } else {
                Path path = Path.of(name);
                if (Files.isDirectory(path)) {
                    throw new UsageException(name + ": is a folder, not a text file");
                }
                if (Files.exists(path) && Files.size(path) > MAX_BYTES) {
                    throw new UsageException(name + ": is larger than " + (MAX_BYTES >> 20) + " MB; not a draft");
                }
                bytes = Files.readAllBytes(path);
            }
        } catch (NoSuchFileException e) {
            throw new UsageException(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new UsageException(name + ": permission denied");
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new UsageException(name + ": cannot be read (" + e.getMessage() + ")");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UsageException(name + ": is larger than " + (MAX_BYTES >> 20) + " MB; not a draft");
        }
        return decode(name, bytes);
    }

    static String decode(String name, byte[] bytes) throws UsageException {
        try {
            return TextBytes.decode(bytes);
        } catch (TextBytes.NotText e) {
            throw new UsageException(name + switch (e.problem()) {
                case BINARY -> ": is not UTF-8 text (it looks binary)";
                case NOT_UTF8 -> ": is not UTF-8 text; save it as UTF-8 and try again";
                case BROKEN_UTF16 -> ": starts like UTF-16 text but is not; save it as UTF-8 and try again";
            });
        }
    }
}
