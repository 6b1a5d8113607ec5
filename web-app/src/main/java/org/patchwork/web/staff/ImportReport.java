package org.patchwork.web.staff;

import java.util.List;

/** The directory's answer to a staff import: what each row of the file did, with totals. */
record ImportReport(int created, int updated, int unchanged, int rejected, List<Row> rows) {

    ImportReport {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /**
     * One row of the file.
     *
     * @param line    the line of the file the row starts on (the header is line 1)
     * @param outcome CREATED, UPDATED, UNCHANGED or REJECTED
     */
    record Row(int line, String email, String outcome, List<Problem> errors) {

        Row {
            errors = errors == null ? List.of() : List.copyOf(errors);
        }

        public boolean rejected() {
            return "REJECTED".equals(outcome);
        }

        public String outcomeLabel() {
            return switch (outcome) {
                case "CREATED" -> "Added";
                case "UPDATED" -> "Updated";
                case "UNCHANGED" -> "No change";
                case "REJECTED" -> "Not imported";
                default -> outcome;
            };
        }

        public String outcomeTag() {
            return switch (outcome) {
                case "CREATED" -> "govuk-tag--green";
                case "UPDATED" -> "govuk-tag--blue";
                case "REJECTED" -> "govuk-tag--red";
                default -> "govuk-tag--grey";
            };
        }
    }

    /** What is wrong with one value of a row. */
    record Problem(String field, String message) {

        /** "email: must be an email address, …", naming the column as the file does. */
        public String sentence() {
            return field == null || field.isBlank() ? message : field + ": " + message;
        }
    }
}
