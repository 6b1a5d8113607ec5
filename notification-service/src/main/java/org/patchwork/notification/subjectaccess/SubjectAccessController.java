package org.patchwork.notification.subjectaccess;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The alerts part of a subject access export, for an IG officer of an agency involved with the client now; anyone
 * else gets the answer of a client this service does not know. Client-network-service asks for it with the
 * officer's own token and audits the export as a whole.
 */
@RestController
@Tag(name = "Subject access", description = "For information governance officers answering a subject access request")
class SubjectAccessController {

    private final SubjectAccessRepository repository;

    SubjectAccessController(SubjectAccessRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/api/clients/{clientId}/subject-access-export")
    @PreAuthorize("hasRole('ig-officer')")
    @Operation(summary = "The alerts sent about the client: kind, channel, when, status, and the recipient's role and "
            + "agency; never their text. For an IG officer of an agency involved with the client now; anyone else "
            + "gets 404")
    AlertsHeld export(Caller caller, @PathVariable UUID clientId) {
        if (caller.agency().isEmpty() || !repository.agencyInvolved(clientId, caller.agency())) {
            throw PatchworkException.notFound("No client your agency is involved with has this reference.");
        }
        return new AlertsHeld(clientId, repository.alertsAbout(clientId));
    }
}
