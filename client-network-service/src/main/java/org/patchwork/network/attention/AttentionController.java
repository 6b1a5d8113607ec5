package org.patchwork.network.attention;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.patchwork.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/clients/{clientId}/attentions")
@Tag(name = "Attentions", description = "Short messages a member raises to the whole network")
class AttentionController {

    private final AttentionService service;

    AttentionController(AttentionService service) {
        this.service = service;
    }

    @GetMapping
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "The latest attentions raised on this client, open and dealt with, newest first")
    List<AttentionView> list(Caller caller, @PathVariable UUID clientId) {
        return service.list(caller, clientId);
    }

    @PostMapping("/{attentionId}/resolve")
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Mark an attention as dealt with; it stays listed, no longer open")
    AttentionView resolve(Caller caller, @PathVariable UUID clientId, @PathVariable UUID attentionId) {
        return service.resolve(caller, clientId, attentionId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Raise an attention (at most 500 characters, NORMAL or URGENT) to the network")
    AttentionView raise(Caller caller, @PathVariable UUID clientId, @Valid @RequestBody RaiseAttention attention) {
        return service.raise(caller, clientId, attention);
    }
}
