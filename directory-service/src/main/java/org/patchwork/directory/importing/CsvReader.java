package org.patchwork.directory.importing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated values as RFC 4180 describes them (quoted fields may hold commas, quotes written twice
 * and line breaks; lines end in CRLF or LF), as spreadsheets export them. Blank lines are skipped. Reading stops
 * as soon as there are more records than allowed, so a huge file is never held in memory.
 */
final class CsvReader {

    private static final char QUOTE = '"';
    private static final char SEPARATOR = ',';
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Reader in;
    private final int maxRecords;
    private int line = 1;
    private int next = -2;

    private CsvReader(Reader in, int maxRecords) {
        this.in = in;
        this.maxRecords = maxRecords;
    }

    /** One record and the line it starts on. */
    record CsvRecord(int line, List<String> fields) {
    }

    /** The file breaks the CSV format; nothing of it should be used. */
    static final class MalformedCsvException extends RuntimeException {

        MalformedCsvException(String message) {
            super(message);
        }
    }

    /** The file has more records than allowed. */
    static final class TooManyRecordsException extends RuntimeException {

        TooManyRecordsException(int maxRecords) {
            super("more than " + maxRecords + " records");
        }
    }

    static List<CsvRecord> read(Reader in, int maxRecords) throws IOException {
        return new CsvReader(in, maxRecords).records();
    }

    private List<CsvRecord> records() throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        if (peek() == BYTE_ORDER_MARK) {
            take();
        }
        while (peek() != -1) {
            int startLine = line;
            List<String> fields = record();
            boolean blank = fields.size() == 1 && fields.getFirst().isEmpty();
            if (!blank) {
                if (records.size() == maxRecords) {
                    throw new TooManyRecordsException(maxRecords);
                }
                records.add(new CsvRecord(startLine, List.copyOf(fields)));
            }
        }
        return records;
    }

    private List<String> record() throws IOException {
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(peek() == QUOTE ? quotedField() : plainField());
            int c = take();
            if (c == SEPARATOR) {
                continue;
            }
            if (c == '\r' && peek() == '\n') {
                take();
            }
            if (c == '\r' || c == '\n') {
                line++;
            }
            return fields;
        }
    }

    private String plainField() throws IOException {
        StringBuilder field = new StringBuilder();
        for (int c = peek(); c != -1 && c != SEPARATOR && c != '\r' && c != '\n'; c = peek()) {
            if (c == QUOTE) {
                throw new MalformedCsvException("Line " + line + ": a quote inside a field that does not start with"
                        + " one; quote the whole field and write inner quotes twice.");
            }
            field.append((char) take());
        }
        return field.toString();
    }

    private String quotedField() throws IOException {
        int startLine = line;
        take();
        StringBuilder field = new StringBuilder();
        while (true) {
            int c = take();
            if (c == -1) {
                throw new MalformedCsvException("Line " + startLine + ": a quoted field is never closed.");
            }
            if (c == QUOTE) {
                if (peek() == QUOTE) {
                    field.append((char) take());
                    continue;
                }
                int after = peek();
                if (after != SEPARATOR && after != '\r' && after != '\n' && after != -1) {
                    throw new MalformedCsvException("Line " + line + ": text after the closing quote of a field.");
                }
                return field.toString();
            }
            if (c == '\n' || (c == '\r' && peek() != '\n')) {
                line++;
            }
            field.append((char) c);
        }
    }

    private int peek() throws IOException {
        if (next == -2) {
            next = in.read();
        }
        return next;
    }

    private int take() throws IOException {
        int c = peek();
        next = -2;
        return c;
    }
}
