package org.patchwork.network.overview;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.patchwork.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Overview", description = "A client at one glance (the schedule's part asked of the schedule service, "
        + "left out and saying so when it does not answer) and my caseload (from this service's copy of the schedule)")
class OverviewController {

    private final OverviewService service;

    OverviewController(OverviewService service) {
        this.service = service;
    }

    @GetMapping("/api/clients/{clientId}/overview")
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "The client, the team around them, the next visits, the recent contacts, the attentions and "
            + "days since anyone saw them, in one answer")
    ClientOverview overview(Caller caller, @PathVariable UUID clientId) {
        return service.overview(caller, clientId);
    }

    @GetMapping("/api/me/clients")
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "The clients whose networks I am in, the one nobody has seen for longest first, with next "
            + "visit, last contact and days since seen")
    MyCaseload caseload(Caller caller) {
        return service.caseload(caller);
    }
}
