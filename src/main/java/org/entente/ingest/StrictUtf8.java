package org.entente.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * UTF-8 decoding that reports malformed input, with its byte offset, instead of replacing it silently. The reader
 * hands out every character decoded before the bad bytes and fails only when the caller reaches them.
 */
final class StrictUtf8 {
    private static final int BUFFER_SIZE = 1 << 16;

    /** Bytes that are not UTF-8, from {@code byteOffset} on. */
    static final class MalformedException extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final long byteOffset;

        MalformedException(long byteOffset) {
            this.byteOffset = byteOffset;
        }

        long byteOffset() {
            return byteOffset;
        }

        @Override
        public String getMessage() {
            return "malformed byte sequence at byte " + byteOffset;
        }
    }

    private StrictUtf8() {
    }

    static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** A buffered reader over the file that throws {@link MalformedException} where the bytes stop being UTF-8. */
    static BufferedReader reader(Path file) throws IOException {
        return new BufferedReader(new DecodingReader(Files.newInputStream(file)), BUFFER_SIZE);
    }

    /** Decodes all of {@code bytes}, without a leading byte-order mark. */
    static String decode(byte[] bytes) throws MalformedException {
        CharsetDecoder decoder = decoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new MalformedException(in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new MalformedException(in.position());
        }
        out.flip();
        return withoutBom(out.toString());
    }

    static String withoutBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** Decodes a byte stream, delivering all good characters before reporting malformed bytes. */
    private static final class DecodingReader extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder = decoder();
        private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
        private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE).flip();
        private long bytesRead;
        private boolean endOfInput;
        private boolean finished;
        private MalformedException malformed;

        DecodingReader(InputStream in) {
            this.in = in;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (!chars.hasRemaining()) {
                if (malformed != null) {
                    throw malformed;
                }
                if (finished) {
                    return -1;
                }
                decodeMore();
            }
            int n = Math.min(length, chars.remaining());
            chars.get(buffer, offset, n);
            return n;
        }

        private void decodeMore() throws IOException {
            chars.clear();
            try {
                while (chars.position() == 0 && malformed == null && !finished) {
                    if (!endOfInput) {
                        bytes.compact();
                        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                        if (n < 0) {
                            endOfInput = true;
                        } else {
                            bytes.position(bytes.position() + n);
                            bytesRead += n;
                        }
                        bytes.flip();
                    }
                    CoderResult result = decoder.decode(bytes, chars, endOfInput);
                    if (result.isError()) {
                        malformed = new MalformedException(bytesRead - bytes.remaining());
                    } else if (result.isUnderflow() && endOfInput) {
                        decoder.flush(chars);
                        finished = true;
                    }
                }
            } finally {
                chars.flip();
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
