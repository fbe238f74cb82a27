package org.readerfirst.core.lang;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The one way a file's bytes become text, for every reader of the app: UTF-8, or UTF-16 when the
 * bytes start with its byte order mark; a NUL byte anywhere else means a binary file; a byte order
 * mark is not part of the text. What went wrong is told as a {@link Problem}, and each caller words
 * it for its own reader (a command line, the window, an import report).
 */
public final class TextBytes {

    /** Why bytes are not text. */
    public enum Problem {
        /** A NUL byte: an image, a document or an archive, not text. */
        BINARY,
        /** Neither UTF-8 nor marked UTF-16: another encoding, such as Windows-1252. */
        NOT_UTF8,
        /** A UTF-16 byte order mark followed by what is not UTF-16. */
        BROKEN_UTF16
    }

    /** Thrown with the {@link Problem}; carries no stack, it is an answer, not a fault. */
    public static final class NotText extends Exception {
        private final Problem problem;

        NotText(Problem problem) {
            super(problem.name(), null, false, false);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private TextBytes() {
    }

    public static String decode(byte[] bytes) throws NotText {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            Charset utf16 = bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return strict(utf16, bytes, 2, Problem.BROKEN_UTF16);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new NotText(Problem.BINARY);
            }
        }
        String text = strict(StandardCharsets.UTF_8, bytes, 0, Problem.NOT_UTF8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String strict(Charset charset, byte[] bytes, int from, Problem problem) throws NotText {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            throw new NotText(problem);
        }
    }
}
