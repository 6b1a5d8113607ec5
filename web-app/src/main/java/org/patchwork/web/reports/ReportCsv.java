package org.patchwork.web.reports;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.patchwork.web.api.ClientNetworkApi.AgencyReport;
import org.patchwork.web.api.ClientNetworkApi.InvitationFigures;
import org.patchwork.web.api.ClientNetworkApi.ReportedCount;
import org.patchwork.web.api.ScheduleApi.MonthlyVisits;

/**
 * The report as CSV (RFC 4180): one figure a row, as the services gave it ("fewer than 5" where a count is under
 * 5). Its only text is Patchwork's own labels, none of which a spreadsheet would take for a formula.
 */
final class ReportCsv {

    private ReportCsv() {
    }

    static String of(AgencyReport report, MonthlyVisits visits) {
        InvitationFigures invitations = report.invitations();
        Stream<List<String>> figures = Stream.of(
                row("Clients", "Clients supported", "now", report.clientsSupported()),
                row("Clients", "Networks led", "now", report.networksLed()),
                row("Clients", "Not seen for more than " + report.notSeenDays() + " days", "now",
                        report.clientsNotSeen()),
                row("Clients", "Memberships awaiting confirmation", "now", report.membershipsAwaitingConfirmation()),
                row("Invitations", "Sent", "last 12 months", invitations.sent()),
                row("Invitations", "Accepted", "last 12 months", invitations.accepted()),
                row("Invitations", "Declined", "last 12 months", invitations.declined()),
                row("Invitations", "Expired", "last 12 months", invitations.expired()),
                row("Invitations", "Waiting for an answer", "last 12 months", invitations.pending()),
                row("Invitations", "Answered within a day", "last 12 months", invitations.answeredWithinDay()),
                row("Invitations", "Answered within a week", "last 12 months", invitations.answeredWithinWeek()),
                row("Invitations", "Answered after a week", "last 12 months", invitations.answeredLater()),
                List.of("Invitations", "Median hours to answer", "last 12 months",
                        invitations.medianHoursToAnswer() == null ? "not given (fewer than 5 answered)"
                                : invitations.medianHoursToAnswer().toString()));
        Stream<List<String>> months = visits.months().stream().flatMap(month -> Stream.of(
                row("Visits", "Visits", month.month().toString(), month.visits()),
                row("Visits", "No-access visits", month.month().toString(), month.noAccess())));
        return Stream.concat(Stream.of(List.of("section", "figure", "period", "value")),
                        Stream.concat(figures, months))
                .map(row -> row.stream().map(ReportCsv::field).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static List<String> row(String section, String figure, String period, ReportedCount count) {
        return List.of(section, figure, period, count.shown());
    }

    private static String field(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
