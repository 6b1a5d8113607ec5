package org.patchwork.directory.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Validator;
import org.patchwork.directory.agency.AgencyRules;
import org.patchwork.directory.config.DirectoryProperties;
import org.patchwork.directory.importing.CsvReader.CsvRecord;
import org.patchwork.directory.importing.CsvReader.MalformedCsvException;
import org.patchwork.directory.importing.CsvReader.TooManyRecordsException;
import org.patchwork.directory.importing.ImportReport.RowReport;
import org.patchwork.directory.professional.ImportOutcome;
import org.patchwork.directory.professional.StaffService;
import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings an agency's staff list into the directory from a CSV file. A file that is not readable CSV of the
 * expected columns, or too long, is refused whole; otherwise each valid row creates or updates the entry with
 * its email, each invalid row is reported with its errors and stores nothing. The same file imported again
 * changes nothing and publishes nothing.
 */
@Service
class StaffImportService {

    private final StaffService staff;
    private final Validator validator;
    private final int maxRows;

    StaffImportService(StaffService staff, Validator validator, DirectoryProperties properties) {
        this.staff = staff;
        this.validator = validator;
        this.maxRows = properties.maxImportRows();
    }

    @Transactional
    ImportReport importStaff(Caller caller, String agencyCode, InputStream csv) {
        AgencyRules.requireAdminOf(caller, agencyCode);
        List<CsvRecord> records = read(csv);
        if (records.isEmpty()) {
            throw malformed("The file is empty: its first line must name the columns, e.g. "
                    + String.join(",", StaffCsv.COLUMNS) + ".");
        }
        StaffCsv format;
        try {
            format = StaffCsv.withHeader(records.getFirst());
        } catch (MalformedCsvException e) {
            throw malformed(e.getMessage());
        }
        List<StaffCsv.Row> rows = records.subList(1, records.size()).stream().map(format::row).toList();
        Map<String, Integer> lineByEmail = new HashMap<>();
        List<RowReport> reports = new ArrayList<>();
        for (StaffCsv.Row row : rows) {
            List<RowError> errors = errors(row);
            if (errors.isEmpty()) {
                Integer earlier = lineByEmail.putIfAbsent(row.member().email().toLowerCase(Locale.ROOT), row.line());
                if (earlier != null) {
                    errors = List.of(new RowError("email", "is already on line " + earlier + " of this file"));
                }
            }
            String email = row.member() == null ? null : row.member().email();
            reports.add(errors.isEmpty()
                    ? new RowReport(row.line(), email, outcome(staff.importMember(caller, agencyCode, row.member())),
                    List.of())
                    : new RowReport(row.line(), email, RowOutcome.REJECTED, errors));
        }
        return ImportReport.of(reports);
    }

    private List<CsvRecord> read(InputStream csv) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (var reader = new BufferedReader(new InputStreamReader(csv, decoder))) {
            return CsvReader.read(reader, maxRows + 1);
        } catch (MalformedCsvException e) {
            throw malformed(e.getMessage());
        } catch (TooManyRecordsException e) {
            throw new PatchworkException(HttpStatus.CONTENT_TOO_LARGE, "too-many-rows",
                    "The file has more than " + maxRows + " staff rows; split it into files of at most " + maxRows
                            + ". Nothing was imported.");
        } catch (CharacterCodingException e) {
            throw malformed("The file is not UTF-8 text; save it from your spreadsheet as 'CSV UTF-8'.");
        } catch (IOException e) {
            throw malformed("The file could not be read to the end.");
        }
    }

    private List<RowError> errors(StaffCsv.Row row) {
        if (row.member() == null) {
            return row.errors();
        }
        List<RowError> errors = new ArrayList<>(row.errors());
        validator.validate(row.member()).stream()
                .map(violation -> new RowError(violation.getPropertyPath().iterator().next().getName(),
                        violation.getMessage()))
                .sorted(Comparator.comparing(RowError::field).thenComparing(RowError::message))
                .forEach(errors::add);
        return errors;
    }

    private static RowOutcome outcome(ImportOutcome outcome) {
        return switch (outcome) {
            case CREATED -> RowOutcome.CREATED;
            case UPDATED -> RowOutcome.UPDATED;
            case UNCHANGED -> RowOutcome.UNCHANGED;
        };
    }

    private static PatchworkException malformed(String message) {
        return new PatchworkException(HttpStatus.BAD_REQUEST, "malformed-csv", message + " Nothing was imported.");
    }
}
