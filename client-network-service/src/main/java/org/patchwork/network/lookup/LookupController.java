package org.patchwork.network.lookup;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.patchwork.platform.problem.Problems;
import org.patchwork.platform.security.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

    @ExceptionHandler(LookupLimitExceeded.class)
    ResponseEntity<ProblemDetail> tooManyLookups(LookupLimitExceeded exceeded) {
        long seconds = Math.max(1, exceeded.retryAfter().toSeconds() + 1);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-lookups",
                        "You have made too many look-ups in the last minute. Try again in " + seconds + " s."));
    }
}
