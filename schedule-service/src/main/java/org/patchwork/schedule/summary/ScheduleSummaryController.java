package org.patchwork.schedule.summary;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.patchwork.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Summary", description = "Next visit, last contact and days since seen, for a client page")
class ScheduleSummaryController {

    private final ScheduleSummaryService service;

    ScheduleSummaryController(ScheduleSummaryService service) {
        this.service = service;
    }

    @GetMapping("/api/clients/{clientId}/schedule-summary")
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Who visits next and when, who was last in contact and how, days since anyone saw the client")
    ScheduleSummary summary(Caller caller, @PathVariable UUID clientId) {
        return service.summary(caller, clientId);
    }

    @GetMapping("/api/clients/{clientId}/schedule-overview")
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "The next visits, the contacts of the last 90 days, when someone last saw the client and the "
            + "not-seen threshold, for the client overview")
    ScheduleOverview overview(Caller caller, @PathVariable UUID clientId) {
        return service.overview(caller, clientId);
    }

    @GetMapping("/api/me/client-summaries")
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "For each client whose network I am in: who visits next, who was last in contact, days since "
            + "anyone saw them")
    List<ScheduleSummary> caseload(Caller caller) {
        return service.caseload(caller);
    }
}
