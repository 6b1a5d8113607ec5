package org.patchwork.network.membership;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.patchwork.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit", description = "For information governance officers: who saw which client, and why")
class SelfJoinReviewController {

    private final SelfJoinReviewService service;

    SelfJoinReviewController(SelfJoinReviewService service) {
        this.service = service;
    }

    @GetMapping("/api/audit/self-joins")
    @PreAuthorize("hasRole('ig-officer')")
    @Operation(summary = "My agency's staff who added themselves to a client's network (newest first, at most 500); "
            + "only those awaiting review unless awaitingReview=false")
    List<SelfJoin> list(Caller caller, @RequestParam(defaultValue = "true") boolean awaitingReview) {
        return service.list(caller, awaitingReview);
    }

    @GetMapping("/api/audit/self-joins/{membershipId}")
    @PreAuthorize("hasRole('ig-officer')")
    @Operation(summary = "One self-join of my agency's staff, with its review if recorded; 404 for any other agency's")
    SelfJoin one(Caller caller, @PathVariable UUID membershipId) {
        return service.one(caller, membershipId);
    }

    @PostMapping("/api/audit/self-joins/{membershipId}/review")
    @PreAuthorize("hasRole('ig-officer')")
    @Operation(summary = "Record whether a self-join was appropriate (once)")
    SelfJoin review(Caller caller, @PathVariable UUID membershipId, @Valid @RequestBody SelfJoinReview review) {
        return service.review(caller, membershipId, review);
    }
}
