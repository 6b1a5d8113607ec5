package org.patchwork.network.client;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.patchwork.network.clientrecord.ClientDetails;
import org.patchwork.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Clients", description = "A client's identifying details; a client exists only for members of their network")
class ClientController {

    private final ClientService service;

    ClientController(ClientService service) {
        this.service = service;
    }

    @PostMapping("/api/clients")
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Register a client nobody knows yet (look them up first); I become their lead professional")
    ResponseEntity<ClientView> register(Caller caller, @Valid @RequestBody RegisterClient request) {
        ClientView client = service.register(caller, request);
        return ResponseEntity.created(URI.create("/api/clients/" + client.id())).body(client);
    }

    @GetMapping("/api/clients/{clientId}")
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "A client's identifying details and the household members I may also see")
    ClientView get(Caller caller, @PathVariable UUID clientId) {
        return service.get(caller, clientId);
    }

    @PutMapping("/api/clients/{clientId}")
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Correct a client's identifying details")
    ClientView update(Caller caller, @PathVariable UUID clientId, @Valid @RequestBody ClientDetails details) {
        return service.update(caller, clientId, details);
    }

    @PostMapping("/api/clients/{clientId}/close")
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Close a client (the lead only), with a coded reason: the network can no longer change, and "
            + "the client's records are erased when the retention period after closing ends")
    ClientView close(Caller caller, @PathVariable UUID clientId, @Valid @RequestBody CloseClient request) {
        return service.close(caller, clientId, request);
    }

    @PostMapping("/api/clients/{clientId}/reopen")
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Reopen a closed client (the lead only), with a coded reason")
    ClientView reopen(Caller caller, @PathVariable UUID clientId, @Valid @RequestBody ReopenClient request) {
        return service.reopen(caller, clientId, request);
    }
}
