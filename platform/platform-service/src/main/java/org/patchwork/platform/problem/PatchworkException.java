package org.patchwork.platform.problem;

import org.springframework.http.HttpStatus;

/**
 * A rule of the domain said no. Carries what the client is told: the status, a stable problem type and a
 * message safe to show (never another client's data).
 */
public class PatchworkException extends RuntimeException {

    private final HttpStatus status;
    private final String type;

    public PatchworkException(HttpStatus status, String type, String message) {
        super(message);
        this.status = status;
        this.type = type;
    }

    public static PatchworkException notFound(String message) {
        return new PatchworkException(HttpStatus.NOT_FOUND, "not-found", message);
    }

    public static PatchworkException forbidden(String message) {
        return new PatchworkException(HttpStatus.FORBIDDEN, "forbidden", message);
    }

    public static PatchworkException conflict(String message) {
        return new PatchworkException(HttpStatus.CONFLICT, "conflict", message);
    }

    public static PatchworkException invalid(String message) {
        return new PatchworkException(HttpStatus.BAD_REQUEST, "invalid-request", message);
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }
}
