package org.patchwork.network.audit;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.patchwork.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "For information governance officers: who saw which client, and why")
class AuditController {

    private final AuditService service;

    AuditController(AuditService service) {
        this.service = service;
    }

    @GetMapping
    @PreAuthorize("hasRole('ig-officer')")
    @Operation(summary = "Audit records of my agency's staff and of clients my agency is or was involved with, from "
            + "client-network and the schedule, newest first, a page at a time (a listing of many clients is shown "
            + "once for each client listed). A client my agency was never involved with answers 404")
    AuditPage search(Caller caller,
                     @RequestParam(required = false) UUID clientId,
                     @RequestParam(required = false) UUID actorProfessionalId,
                     @RequestParam(required = false) UUID subjectProfessionalId,
                     @RequestParam(required = false) Instant from,
                     @RequestParam(required = false) Instant to,
                     @RequestParam(defaultValue = "0") int page,
                     @RequestParam(defaultValue = "" + AuditQuery.DEFAULT_SIZE) int size) {
        return service.search(caller, new AuditQuery(clientId, actorProfessionalId, subjectProfessionalId, from, to,
                page, size));
    }
}
