package org.patchwork.directory.importing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.patchwork.directory.importing.CsvReader.CsvRecord;
import org.patchwork.directory.importing.CsvReader.MalformedCsvException;
import org.patchwork.directory.professional.PreferredContact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffCsvTest {

    @Test
    void columnsMayComeInAnyOrderWithTheirTitlesWrittenLoosely() {
        StaffCsv csv = StaffCsv.withHeader(new CsvRecord(1, List.of("Email", "job title", "NAME", "Areas",
                "preferred_contact")));

        StaffCsv.Row row = csv.row(new CsvRecord(2, List.of(" sample@agency.example ", "Youth worker",
                "Sample Youth Worker", "Lichfield; Burntwood ;lichfield", "mobile")));

        assertThat(row.errors()).isEmpty();
        assertThat(row.member().email()).isEqualTo("sample@agency.example");
        assertThat(row.member().jobTitle()).isEqualTo("Youth worker");
        assertThat(row.member().areas()).containsExactly("Lichfield", "Burntwood");
        assertThat(row.member().preferredContact()).isEqualTo(PreferredContact.MOBILE);
    }

    @Test
    void preferredContactDefaultsToEmailAndAnUnknownOneIsARowError() {
        StaffCsv csv = StaffCsv.withHeader(new CsvRecord(1, List.of("name", "email", "preferredContact")));

        assertThat(csv.row(new CsvRecord(2, List.of("Sample", "s@a.example", ""))).member().preferredContact())
                .isEqualTo(PreferredContact.EMAIL);
        assertThat(csv.row(new CsvRecord(3, List.of("Sample", "s@a.example", "pigeon"))).errors())
                .extracting(RowError::field).containsExactly("preferredContact");
    }

    @Test
    void aRowWithMoreOrFewerValuesThanTheHeaderIsARowError() {
        StaffCsv csv = StaffCsv.withHeader(new CsvRecord(1, List.of("name", "email")));

        StaffCsv.Row row = csv.row(new CsvRecord(2, List.of("Sample")));

        assertThat(row.member()).isNull();
        assertThat(row.errors()).extracting(RowError::message).containsExactly("has 1 values; the header has 2");
    }

    @Test
    void aHeaderWithAnUnknownRepeatedOrMissingColumnIsMalformed() {
        assertThatThrownBy(() -> StaffCsv.withHeader(new CsvRecord(1, List.of("name", "email", "nhs number"))))
                .isInstanceOf(MalformedCsvException.class).hasMessageContaining("unknown column 'nhs number'");
        assertThatThrownBy(() -> StaffCsv.withHeader(new CsvRecord(1, List.of("name", "email", "Email"))))
                .isInstanceOf(MalformedCsvException.class).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> StaffCsv.withHeader(new CsvRecord(1, List.of("name", "team"))))
                .isInstanceOf(MalformedCsvException.class).hasMessageContaining("no 'email' column");
    }
}
