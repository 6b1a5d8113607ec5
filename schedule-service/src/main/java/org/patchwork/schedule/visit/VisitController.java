package org.patchwork.schedule.visit;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.patchwork.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Visits", description = "Who is going to see a client and when; what happened when they went")
class VisitController {

    private final VisitService service;

    VisitController(VisitService service) {
        this.service = service;
    }

    @GetMapping("/api/clients/{clientId}/visits")
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "The client's next scheduled visits, soonest first (members only)")
    List<VisitView> upcoming(Caller caller, @PathVariable UUID clientId,
                             @RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit) {
        return service.upcoming(caller, clientId, limit);
    }

    @PostMapping("/api/clients/{clientId}/visits")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Schedule a visit (in the future) by yourself or another current member")
    VisitView schedule(Caller caller, @PathVariable UUID clientId, @Valid @RequestBody ScheduleVisit visit) {
        return service.schedule(caller, clientId, visit);
    }

    @PatchMapping("/api/visits/{visitId}")
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Reschedule, cancel (with a reason), or record the outcome: COMPLETE or NO_ACCESS",
            description = "Allowed to the visitor, whoever scheduled the visit and the lead. A recorded outcome "
                    + "also becomes a contact.")
    VisitView change(Caller caller, @PathVariable UUID visitId, @Valid @RequestBody ChangeVisit change) {
        return service.change(caller, visitId, change);
    }

    @GetMapping("/api/me/visits")
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "My next scheduled visits, soonest first")
    List<VisitView> mine(Caller caller, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return service.mine(caller, limit);
    }
}
