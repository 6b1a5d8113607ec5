package org.patchwork.network.invitation;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.patchwork.network.membership.MembershipBasis;
import org.patchwork.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Invitations", description = "Members invite professionals from the directory; invitees accept or decline")
class InvitationController {

    private final InvitationService service;

    InvitationController(InvitationService service) {
        this.service = service;
    }

    @PostMapping("/api/clients/{clientId}/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Invite a professional from the directory to this client's network (expires after 14 days)")
    InvitationView invite(Caller caller, @PathVariable UUID clientId, @Valid @RequestBody Invite invite) {
        return service.invite(caller, clientId, invite);
    }

    @GetMapping("/api/me/invitations")
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Invitations waiting for my answer")
    List<InvitationView> mine(Caller caller) {
        return service.mine(caller);
    }

    @PostMapping("/api/invitations/{invitationId}/accept")
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Accept an invitation, stating my own legal basis and reason")
    InvitationView accept(Caller caller, @PathVariable UUID invitationId, @Valid @RequestBody MembershipBasis basis) {
        return service.accept(caller, invitationId, basis);
    }

    @PostMapping("/api/invitations/{invitationId}/decline")
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Decline an invitation")
    InvitationView decline(Caller caller, @PathVariable UUID invitationId) {
        return service.decline(caller, invitationId);
    }
}
