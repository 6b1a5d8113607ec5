package org.patchwork.schedule.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.patchwork.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reports", description = "For an agency's managers and administrators: its staff's visits by month, "
        + "every count under 5 given as \"fewer than 5\"")
class VisitReportController {

    private final VisitReportService service;

    VisitReportController(VisitReportService service) {
        this.service = service;
    }

    @GetMapping("/api/reports/agencies/{agency}/visits")
    @PreAuthorize("hasAnyRole('agency-admin', 'manager')")
    @Operation(summary = "My agency's staff's completed and no-access visits in each of the last `months` months "
            + "(1 to 24, default 12), the current month last. Another agency's report answers 403")
    MonthlyVisits visits(Caller caller, @PathVariable String agency, @RequestParam(defaultValue = "12") int months) {
        return service.visits(caller, agency, months);
    }
}
