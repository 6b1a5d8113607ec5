package org.patchwork.directory.search;

import org.patchwork.platform.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Too many searches: 429 with when to try again. */
@RestControllerAdvice
class SearchLimitAdvice {

    @ExceptionHandler(SearchLimits.TooManySearches.class)
    ResponseEntity<ProblemDetail> tooManySearches(SearchLimits.TooManySearches refused) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()))
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-searches", refused.getMessage()));
    }
}
