package org.patchwork.network.config;

import org.patchwork.platform.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Too many look-ups, registrations or attentions: 429 with when to try again. */
@RestControllerAdvice
class TooManyRequestsAdvice {

    @ExceptionHandler(TooManyRequests.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequests refused) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(TooManyRequests.seconds(refused.retryAfter())))
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, refused.type(), refused.getMessage()));
    }
}
