package org.patchwork.network.lookup;

import org.patchwork.platform.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Too many look-ups (or registrations, which look up first): 429 with when to try again. */
@RestControllerAdvice
class LookupLimitAdvice {

    @ExceptionHandler(LookupLimitExceeded.class)
    ResponseEntity<ProblemDetail> tooManyLookups(LookupLimitExceeded exceeded) {
        long seconds = Math.max(1, exceeded.retryAfter().toSeconds() + 1);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-lookups", exceeded.getMessage()));
    }
}
