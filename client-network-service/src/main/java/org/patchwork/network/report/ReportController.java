package org.patchwork.network.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.patchwork.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reports", description = "For an agency's managers and administrators: how their staff are doing, as "
        + "aggregates with every count under 5 given as \"fewer than 5\"")
class ReportController {

    private final ReportService service;

    ReportController(ReportService service) {
        this.service = service;
    }

    @GetMapping("/api/reports/agencies/{agency}")
    @PreAuthorize("hasAnyRole('agency-admin', 'manager')")
    @Operation(summary = "My agency's figures: clients its staff support, networks they lead, clients not seen for "
            + "more than notSeenDays days (1 to 365, default 14), memberships awaiting confirmation, and invitations "
            + "to its staff in the last twelve months, answered and how fast. Another agency's report answers 403")
    AgencyReport agencyReport(Caller caller, @PathVariable String agency,
                              @RequestParam(defaultValue = "14") int notSeenDays) {
        return service.report(caller, agency, notSeenDays);
    }
}
