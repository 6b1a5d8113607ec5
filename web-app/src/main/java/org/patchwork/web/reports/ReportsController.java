package org.patchwork.web.reports;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.patchwork.web.api.ClientNetworkApi;
import org.patchwork.web.api.ClientNetworkApi.AgencyReport;
import org.patchwork.web.api.ClientNetworkApi.InvitationFigures;
import org.patchwork.web.api.ScheduleApi;
import org.patchwork.web.api.ScheduleApi.MonthlyVisits;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * My agency's report, for its managers and administrators: charts drawn on the server as SVG, each with a table of
 * its figures beside it, and the same figures as a CSV download. The figures come already suppressed from the
 * services (a count under 5 is "fewer than 5"): this page never sees a small number, so it cannot show one.
 */
@Controller
class ReportsController {

    static final int DEFAULT_NOT_SEEN_DAYS = 14;
    static final int MONTHS = 12;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private final ClientNetworkApi clientNetwork;
    private final ScheduleApi schedule;

    ReportsController(ClientNetworkApi clientNetwork, ScheduleApi schedule) {
        this.clientNetwork = clientNetwork;
        this.schedule = schedule;
    }

    @GetMapping("/reports")
    String reports(@AuthenticationPrincipal Jwt user,
                   @RequestParam(defaultValue = "" + DEFAULT_NOT_SEEN_DAYS) int notSeenDays, Model model) {
        AgencyReport report = clientNetwork.agencyReport(agencyOf(user), notSeenDays);
        MonthlyVisits visits = schedule.visitsReport(agencyOf(user), MONTHS);
        model.addAttribute("report", report);
        model.addAttribute("visits", visits);
        model.addAttribute("monthFormat", MONTH);
        model.addAttribute("clientsChart", clientsChart(report));
        model.addAttribute("visitsChart", visitsChart(visits));
        model.addAttribute("invitationsChart", invitationsChart(report.invitations()));
        return "reports/reports";
    }

    @GetMapping("/reports/agency.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal Jwt user,
                               @RequestParam(defaultValue = "" + DEFAULT_NOT_SEEN_DAYS) int notSeenDays) {
        AgencyReport report = clientNetwork.agencyReport(agencyOf(user), notSeenDays);
        MonthlyVisits visits = schedule.visitsReport(agencyOf(user), MONTHS);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("patchwork-report-" + agencyOf(user) + ".csv").build().toString())
                .body(ReportCsv.of(report, visits).getBytes(StandardCharsets.UTF_8));
    }

    private static String agencyOf(Jwt user) {
        return user.getClaimAsString("agency");
    }

    private static BarChart clientsChart(AgencyReport report) {
        return BarChart.of("clients-chart", "Clients and networks",
                "Clients supported " + report.clientsSupported().shown() + ", networks led "
                        + report.networksLed().shown() + ", not seen for more than " + report.notSeenDays()
                        + " days " + report.clientsNotSeen().shown() + ", memberships awaiting confirmation "
                        + report.membershipsAwaitingConfirmation().shown() + ".",
                List.of("Clients"),
                List.of("Supported", "Led", "Not seen", "Awaiting"),
                List.of(List.of(report.clientsSupported()), List.of(report.networksLed()),
                        List.of(report.clientsNotSeen()), List.of(report.membershipsAwaitingConfirmation())));
    }

    private static BarChart visitsChart(MonthlyVisits visits) {
        StringBuilder description = new StringBuilder("Visits and no-access visits in each of the last ")
                .append(visits.months().size()).append(" months: ");
        visits.months().forEach(month -> description.append(MONTH.format(month.month())).append(' ')
                .append(month.visits().shown()).append(" and ").append(month.noAccess().shown()).append("; "));
        return BarChart.of("visits-chart", "Visits by month", description.toString().replaceFirst("; $", "."),
                List.of("Visits", "No access"),
                visits.months().stream().map(month -> MONTH.format(month.month()).substring(0, 3)).toList(),
                visits.months().stream().map(month -> List.of(month.visits(), month.noAccess())).toList());
    }

    private static BarChart invitationsChart(InvitationFigures invitations) {
        return BarChart.of("invitations-chart", "Invitations to our staff",
                "Accepted " + invitations.accepted().shown() + ", declined " + invitations.declined().shown()
                        + ", expired " + invitations.expired().shown() + ", waiting "
                        + invitations.pending().shown() + ".",
                List.of("Invitations"),
                List.of("Accepted", "Declined", "Expired", "Waiting"),
                List.of(List.of(invitations.accepted()), List.of(invitations.declined()),
                        List.of(invitations.expired()), List.of(invitations.pending())));
    }
}
