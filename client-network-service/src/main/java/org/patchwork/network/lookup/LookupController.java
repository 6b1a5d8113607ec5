package org.patchwork.network.lookup;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.patchwork.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Look-up", description = "Is this client already known? Exact identifying details only; rate-limited and audited")
class LookupController {

    private final LookupService service;

    LookupController(LookupService service) {
        this.service = service;
    }

    @PostMapping("/api/clients/lookup")
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Candidates matching the whole family name and date of birth (and postcode): initial, "
            + "year of birth, postcode district and how many agencies are involved; never the network")
    List<LookupCandidate> lookup(Caller caller, @Valid @RequestBody LookupRequest request) {
        return service.lookup(caller, request);
    }
}
