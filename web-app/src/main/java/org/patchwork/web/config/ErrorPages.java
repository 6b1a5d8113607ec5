package org.patchwork.web.config;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;

/**
 * GOV.UK-style error pages. A client the user may not see is "not found", exactly as one that does not exist.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler(ApiProblemException.class)
    String refused(ApiProblemException exception, HttpServletResponse response, Model model) {
        response.setStatus(exception.status());
        // A limit's answer says which limit and when to try again (a minute, midnight, an hour).
        model.addAttribute("limitDetail", exception.status() == 429 ? exception.problem().detail() : null);
        return switch (exception.status()) {
            case 404 -> "error/not-found";
            case 403 -> "error/forbidden";
            case 429 -> "error/too-many";
            default -> {
                if (exception.status() >= 500) {
                    log.warn("A service answered {}", exception.getMessage());
                    yield "error/unavailable";
                }
                yield "error/refused";
            }
        };
    }

    @ExceptionHandler(ResourceAccessException.class)
    String unreachable(ResourceAccessException exception, HttpServletResponse response) {
        log.warn("A service could not be reached: {}", exception.getMessage());
        response.setStatus(503);
        return "error/unavailable";
    }
}
