package org.patchwork.network.audit;

import java.time.Instant;
import java.util.List;
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
    @Operation(summary = "Audit records of my agency's staff and of clients my agency is involved with "
            + "(newest first, at most 1000; a listing of many clients is shown once for each client listed)")
    List<AuditRecord> search(Caller caller,
                             @RequestParam(required = false) UUID clientId,
                             @RequestParam(required = false) UUID professionalId,
                             @RequestParam(required = false) Instant from,
                             @RequestParam(required = false) Instant to) {
        return service.search(caller, new AuditQuery(clientId, professionalId, from, to));
    }
}
