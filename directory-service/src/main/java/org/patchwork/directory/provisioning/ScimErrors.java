package org.patchwork.directory.provisioning;

import com.unboundid.scim2.common.exceptions.ScimException;
import org.patchwork.platform.problem.PatchworkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the SCIM endpoint are SCIM errors (RFC 7644 3.12: {@code urn:ietf:params:scim:api:messages:2.0:Error}
 * with {@code status}, {@code scimType}, {@code detail}), which provisioning clients read, rather than the problem
 * responses of Patchwork's own API. Ahead of those, for the SCIM controllers only.
 */
@RestControllerAdvice(assignableTypes = {ScimUsersController.class, ScimDiscoveryController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScimErrors {

    private static final Logger log = LoggerFactory.getLogger(ScimErrors.class);

    @ExceptionHandler(ScimException.class)
    ResponseEntity<String> scim(ScimException exception) {
        return ScimResponses.error(exception);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<String> typeMismatch(MethodArgumentTypeMismatchException exception) {
        return respond(HttpStatus.BAD_REQUEST.value(), "invalidValue",
                "'" + exception.getName() + "' has a value of the wrong type.");
    }

    @ExceptionHandler(PatchworkException.class)
    ResponseEntity<String> refused(PatchworkException exception) {
        return respond(exception.status().value(), null, exception.getMessage());
    }

    /** Spring MVC's own refusals (a wrong media type, a missing parameter …) keep their status; the rest is ours. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<String> unexpected(Exception exception) {
        if (exception instanceof ErrorResponse refused && refused.getStatusCode().is4xxClientError()) {
            return respond(refused.getStatusCode().value(), null, refused.getBody().getDetail());
        }
        log.error("Unexpected error in the SCIM endpoint", exception);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR.value(), null,
                "Something went wrong on Patchwork's side. Nothing was changed; please try again.");
    }

    private static ResponseEntity<String> respond(int status, String scimType, String detail) {
        return ScimResponses.error(new ScimException(status, scimType, detail));
    }
}
