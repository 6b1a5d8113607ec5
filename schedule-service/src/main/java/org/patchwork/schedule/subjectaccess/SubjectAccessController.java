package org.patchwork.schedule.subjectaccess;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.patchwork.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Subject access", description = "For information governance officers answering a subject access request")
class SubjectAccessController {

    private final SubjectAccessService service;

    SubjectAccessController(SubjectAccessService service) {
        this.service = service;
    }

    @GetMapping("/api/clients/{clientId}/subject-access-export")
    @PreAuthorize("hasRole('ig-officer')")
    @Operation(summary = "Every visit and contact held about the client, for an IG officer of an agency involved with "
            + "the client now (recorded in the access log); anyone else gets 404")
    ScheduleHeld export(Caller caller, @PathVariable UUID clientId) {
        return service.export(caller, clientId);
    }
}
