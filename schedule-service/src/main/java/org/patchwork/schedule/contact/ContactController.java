package org.patchwork.schedule.contact;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.patchwork.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/clients/{clientId}/contacts")
@Tag(name = "Contacts", description = "Who has been in contact with a client, when and how")
class ContactController {

    private final ContactService service;

    ContactController(ContactService service) {
        this.service = service;
    }

    @GetMapping
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Recent contacts with the client, newest first (members only)")
    List<ContactView> recent(Caller caller, @PathVariable UUID clientId,
                             @Parameter(description = "how many days back; 90 unless given")
                             @RequestParam(required = false) @Min(1) @Max(730) Integer days,
                             @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return service.recent(caller, clientId, days, limit);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Record a contact that happened (not in the future) by yourself or another current member")
    ContactView record(Caller caller, @PathVariable UUID clientId, @Valid @RequestBody RecordContact contact) {
        return service.record(caller, clientId, contact);
    }
}
