package org.readerfirst.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a file (or standard input) that must be UTF-8 text, and says plainly when it is not. */
final class TextInput {

    /** Above this, a file is not a draft but something else given by mistake. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

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
        for (byte b : bytes) {
            if (b == 0) {
                throw new UsageException(name + ": is not UTF-8 text (it looks binary)");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UsageException(name + ": is not UTF-8 text; save it as UTF-8 and try again");
        }
    }
}
