package org.patchwork.platform.problem;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Raised while reading a request body that grows beyond the configured limit. */
public class RequestBodyTooLargeException extends IOException {

    public RequestBodyTooLargeException(long limit) {
        super("Request body larger than " + limit + " bytes");
    }

    public static ProblemDetail problem() {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                "The request body is larger than this endpoint accepts.");
    }

    static boolean causedBy(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyTooLargeException) {
                return true;
            }
        }
        return false;
    }
}
