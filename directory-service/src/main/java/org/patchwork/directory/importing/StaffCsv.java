package org.patchwork.directory.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.patchwork.directory.importing.CsvReader.CsvRecord;
import org.patchwork.directory.importing.CsvReader.MalformedCsvException;
import org.patchwork.directory.professional.PreferredContact;
import org.patchwork.directory.professional.StaffMember;

/**
 * The staff CSV format: a header row naming the columns (any order; case, spaces and underscores ignored), then
 * one member of staff per row. {@code name} and {@code email} are required columns; {@code preferredContact}
 * defaults to EMAIL; {@code areas} separates areas with semicolons.
 */
final class StaffCsv {

    static final List<String> COLUMNS = List.of("name", "email", "jobTitle", "team", "workPhone", "mobile",
            "preferredContact", "areas");
    private static final Set<String> REQUIRED = Set.of("name", "email");
    private static final Map<String, String> BY_KEY = COLUMNS.stream()
            .collect(Collectors.toMap(StaffCsv::key, column -> column));

    private final Map<String, Integer> positions;
    private final int width;

    private StaffCsv(Map<String, Integer> positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    /** One data row: the member it describes, or why it cannot be read as one. */
    record Row(int line, StaffMember member, List<RowError> errors) {
    }

    static StaffCsv withHeader(CsvRecord header) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String title = header.fields().get(i);
            String column = BY_KEY.get(key(title));
            if (column == null) {
                throw new MalformedCsvException("Line " + header.line() + ": unknown column '" + title
                        + "'. Columns are " + String.join(", ", COLUMNS) + ".");
            }
            if (positions.put(column, i) != null) {
                throw new MalformedCsvException("Line " + header.line() + ": column '" + column + "' appears twice.");
            }
        }
        for (String required : REQUIRED) {
            if (!positions.containsKey(required)) {
                throw new MalformedCsvException("Line " + header.line() + ": the header has no '" + required
                        + "' column. Columns are " + String.join(", ", COLUMNS) + ".");
            }
        }
        return new StaffCsv(positions, header.fields().size());
    }

    Row row(CsvRecord record) {
        List<RowError> errors = new ArrayList<>();
        if (record.fields().size() != width) {
            errors.add(new RowError("row", "has " + record.fields().size() + " values; the header has " + width));
            return new Row(record.line(), null, errors);
        }
        PreferredContact preferred = PreferredContact.EMAIL;
        String preferredValue = value(record, "preferredContact");
        if (preferredValue != null && !preferredValue.isBlank()) {
            try {
                preferred = PreferredContact.valueOf(preferredValue.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException unknown) {
                errors.add(new RowError("preferredContact", "must be one of "
                        + Arrays.stream(PreferredContact.values()).map(Enum::name).collect(Collectors.joining(", "))));
            }
        }
        String areas = value(record, "areas");
        StaffMember member = new StaffMember(value(record, "name"), value(record, "email"),
                value(record, "jobTitle"), value(record, "team"), value(record, "workPhone"), value(record, "mobile"),
                preferred, areas == null || areas.isBlank() ? List.of() : Arrays.asList(areas.split(";")));
        return new Row(record.line(), member, errors);
    }

    private String value(CsvRecord record, String column) {
        Integer position = positions.get(column);
        return position == null ? null : record.fields().get(position);
    }

    private static String key(String title) {
        return title.strip().replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
    }
}
