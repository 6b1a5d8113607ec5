package org.patchwork.network.membership;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.patchwork.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/clients/{clientId}/network")
@Tag(name = "Network", description = "The team around a client; seen and changed only by its current members")
class NetworkController {

    private final NetworkService service;

    NetworkController(NetworkService service) {
        this.service = service;
    }

    @GetMapping
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Who supports this client, their role, since when, on what basis, and how to reach them")
    NetworkView network(Caller caller, @PathVariable UUID clientId) {
        return service.network(caller, clientId);
    }

    @PostMapping("/join")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Join the network myself, with a reason and a legal basis (flagged for my agency's IG review)")
    NetworkView.Member join(Caller caller, @PathVariable UUID clientId, @Valid @RequestBody MembershipBasis basis) {
        return service.join(caller, clientId, basis);
    }

    @DeleteMapping("/members/{professionalId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('practitioner', 'agency-admin')")
    @Operation(summary = "Leave (my own id), or remove a member (the lead, or the member's agency administrator)")
    void remove(Caller caller, @PathVariable UUID clientId, @PathVariable UUID professionalId) {
        service.remove(caller, clientId, professionalId);
    }

    @PostMapping("/lead")
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Hand the lead to another member (or name a lead when the network has none)")
    NetworkView changeLead(Caller caller, @PathVariable UUID clientId, @Valid @RequestBody ProfessionalChoice lead) {
        return service.changeLead(caller, clientId, lead.professionalId());
    }
}
