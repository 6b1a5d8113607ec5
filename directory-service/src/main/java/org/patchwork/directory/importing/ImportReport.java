package org.patchwork.directory.importing;

import java.util.List;

/** The result of a staff import, row by row, with totals. */
public record ImportReport(int created, int updated, int unchanged, int rejected, List<RowReport> rows) {

    /**
     * One row of the file.
     *
     * @param line the line of the file the row starts on (the header is line 1)
     */
    public record RowReport(int line, String email, RowOutcome outcome, List<RowError> errors) {
    }

    static ImportReport of(List<RowReport> rows) {
        return new ImportReport(count(rows, RowOutcome.CREATED), count(rows, RowOutcome.UPDATED),
                count(rows, RowOutcome.UNCHANGED), count(rows, RowOutcome.REJECTED), List.copyOf(rows));
    }

    private static int count(List<RowReport> rows, RowOutcome outcome) {
        return (int) rows.stream().filter(row -> row.outcome() == outcome).count();
    }
}
