package org.patchwork.platform.problem;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error into an RFC 9457 {@code application/problem+json} answer. Spring MVC's own exceptions
 * keep their status but get a message a client developer can act on; validation failures list each field.
 * Unexpected errors say nothing about internals.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    @ExceptionHandler(PatchworkException.class)
    ResponseEntity<ProblemDetail> domainRule(PatchworkException exception) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(exception.status());
        if (exception instanceof TooManyRequests refused) {
            answer.header(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
        }
        return answer.body(Problems.of(exception.status(), exception.type(), exception.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException exception) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this.");
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException exception) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request",
                "Some values are not valid.");
        problem.setProperty("errors", exception.getConstraintViolations().stream()
                .map(violation -> Map.of("field", lastNode(violation.getPropertyPath().toString()),
                        "message", violation.getMessage()))
                .toList());
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException exception) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-request",
                "'" + exception.getName() + "' has a value of the wrong type.");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrityViolation(DataIntegrityViolationException exception) {
        // The exception's message holds the statement's SQL: log only what kind of violation it was.
        Throwable cause = exception.getMostSpecificCause();
        logger.warn("Refused a change that breaks a database constraint: " + cause.getClass().getSimpleName()
                + (cause instanceof java.sql.SQLException sql ? " (SQLState " + sql.getSQLState() + ")" : ""));
        return Problems.of(HttpStatus.CONFLICT, "conflict",
                "This change conflicts with data that already exists.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request",
                "Some values are not valid.");
        problem.setProperty("errors", fieldErrors(exception.getBindingResult().getFieldErrors()));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException exception, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request",
                "Some values are not valid.");
        problem.setProperty("errors", exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
                                "message", String.valueOf(error.getDefaultMessage()))))
                .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (RequestBodyTooLargeException.causedBy(exception)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(RequestBodyTooLargeException.problem());
        }
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
                "The request body is not valid JSON of the expected shape."));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body,
            HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getType().toString().equals("about:blank")) {
            problem.setType(java.net.URI.create(Problems.TYPE_BASE
                    + (statusCode.is4xxClientError() ? "invalid-request" : "server-error")));
        }
        return super.handleExceptionInternal(exception, body, headers, statusCode, request);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception exception) {
        logger.error("Unexpected error", exception);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "server-error",
                "Something went wrong on our side. Nothing was changed; please try again.");
    }

    private static List<Map<String, String>> fieldErrors(List<FieldError> errors) {
        return errors.stream()
                .sorted(Comparator.comparing(FieldError::getField))
                .map(error -> Map.of("field", error.getField(),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
