package org.entente.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits CSV input into the raw text of its records (RFC 4180: a quote opens a field only at its start, a doubled
 * quote inside a quoted field stands for one quote, line breaks inside quotes belong to the field). Each record can
 * then be parsed on its own, so one malformed record does not stop the rest of the file. Empty lines are skipped.
 * A record longer than the limit is skipped over without being kept in memory.
 */
final class CsvRecordSplitter {

    enum Status {
        /** A complete record. */
        OK,
        /** The record was longer than the limit; its text is not kept. */
        TOO_LONG,
        /** The input ended inside a quoted field; the text is what was read. */
        UNTERMINATED_QUOTE
    }

    /** One record: its text without the line break that ends it, the line it starts on (1-based), its status. */
    record Chunk(String text, long firstLine, Status status) {
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final Reader reader;
    private final long maxRecordChars;
    private long line = 1;
    private boolean eof;

    CsvRecordSplitter(Reader reader, long maxRecordChars) {
        this.reader = reader;
        this.maxRecordChars = maxRecordChars;
    }

    /** The line the next record starts on, or where reading stopped. */
    long line() {
        return line;
    }

    /** The next non-empty record, or null at the end of input. */
    Chunk next() throws IOException {
        while (!eof) {
            Chunk chunk = readRecord();
            if (chunk.status() != Status.OK || !chunk.text().isEmpty()) {
                return chunk;
            }
        }
        return null;
    }

    private Chunk readRecord() throws IOException {
        StringBuilder sb = new StringBuilder();
        long firstLine = line;
        long length = 0;
        boolean tooLong = false;
        State state = State.FIELD_START;
        while (true) {
            int read = reader.read();
            if (read < 0) {
                eof = true;
                if (state == State.QUOTED) {
                    return new Chunk(sb.toString(), firstLine, Status.UNTERMINATED_QUOTE);
                }
                break;
            }
            char c = (char) read;
            if (c == '\n') {
                line++;
                if (state != State.QUOTED) {
                    break;
                }
            }
            switch (state) {
                case FIELD_START -> state = c == '"' ? State.QUOTED : c == ',' ? State.FIELD_START : State.UNQUOTED;
                case UNQUOTED -> state = c == ',' ? State.FIELD_START : State.UNQUOTED;
                case QUOTED -> state = c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
                case QUOTE_IN_QUOTED -> state = c == '"' ? State.QUOTED : c == ',' ? State.FIELD_START : State.UNQUOTED;
                default -> throw new IllegalStateException(state.name());
            }
            length++;
            if (length > maxRecordChars) {
                tooLong = true;
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        if (tooLong) {
            return new Chunk("", firstLine, Status.TOO_LONG);
        }
        int end = sb.length();
        if (end > 0 && sb.charAt(end - 1) == '\r') {
            sb.setLength(end - 1);
        }
        return new Chunk(sb.toString(), firstLine, Status.OK);
    }
}
