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
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return decodeUtf16(name, bytes);
        }
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

    /** UTF-16 in the byte order its mark gives; the mark itself is not part of the text. */
    private static String decodeUtf16(String name, byte[] bytes) throws UsageException {
        boolean big = bytes[0] == (byte) 0xFE;
        try {
            return (big ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2)).toString();
        } catch (CharacterCodingException e) {
            throw new UsageException(name + ": starts like UTF-16 text but is not; save it as UTF-8 and try again");
        }
    }
}
