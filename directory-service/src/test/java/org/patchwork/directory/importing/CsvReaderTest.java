package org.patchwork.directory.importing;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.patchwork.directory.importing.CsvReader.CsvRecord;
import org.patchwork.directory.importing.CsvReader.MalformedCsvException;
import org.patchwork.directory.importing.CsvReader.TooManyRecordsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTest {

    private static List<CsvRecord> read(String csv, int max) throws IOException {
        return CsvReader.read(new StringReader(csv), max);
    }

    @Test
    void readsQuotedFieldsWithCommasDoubledQuotesAndLineBreaks() throws IOException {
        List<CsvRecord> records = read("name,team\r\n\"Sample, Worker\",\"The \"\"Early\"\"\nHelp team\"\r\nx,\n", 10);

        assertThat(records).extracting(CsvRecord::fields).containsExactly(
                List.of("name", "team"),
                List.of("Sample, Worker", "The \"Early\"\nHelp team"),
                List.of("x", ""));
        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 4);
    }

    @Test
    void skipsBlankLinesAndAByteOrderMark() throws IOException {
        assertThat(read("\uFEFFname\n\nSample\n\n", 10)).extracting(CsvRecord::fields)
                .containsExactly(List.of("name"), List.of("Sample"));
    }

    @Test
    void anUnclosedQuoteIsMalformed() {
        assertThatThrownBy(() -> read("name\n\"Sample Worker\n", 10))
                .isInstanceOf(MalformedCsvException.class).hasMessageContaining("Line 2").hasMessageContaining("never closed");
    }

    @Test
    void aStrayQuoteOrTextAfterAClosingQuoteIsMalformed() {
        assertThatThrownBy(() -> read("name\nSam\"ple\n", 10)).isInstanceOf(MalformedCsvException.class);
        assertThatThrownBy(() -> read("name\n\"Sample\"x\n", 10)).isInstanceOf(MalformedCsvException.class);
    }

    @Test
    void stopsAsSoonAsThereAreMoreRecordsThanAllowed() {
        assertThatThrownBy(() -> read("a\nb\nc\n", 2)).isInstanceOf(TooManyRecordsException.class);
    }
}
