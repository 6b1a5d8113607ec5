package org.patchwork.schedule.warning;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.patchwork.platform.security.Caller;
import org.patchwork.schedule.membership.Networks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Early warnings", description = "Not seen, no access and clashing visits, told to the network")
class NotSeenThresholdController {

    private final Networks networks;

    NotSeenThresholdController(Networks networks) {
        this.networks = networks;
    }

    @PutMapping("/api/clients/{clientId}/not-seen-threshold")
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Set after how many days without anyone seeing the client the network is warned (lead only)")
    NotSeenThreshold set(Caller caller, @PathVariable UUID clientId, @Valid @RequestBody NotSeenThreshold threshold) {
        networks.setNotSeenThreshold(caller, clientId, threshold.days());
        return threshold;
    }
}
