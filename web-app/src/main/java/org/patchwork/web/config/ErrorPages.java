package org.patchwork.web.config;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.patchwork.web.api.ApiProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;

/**
 * GOV.UK-style error pages. A client the user may not see is "not found", exactly as one that does not exist. A
 * professional whose access ended while signed in (they left their agency, or it was suspended) is told so, as at
 * sign-in, and offered to sign out, rather than shown the page for a role that does not allow something.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    private static final String PROBLEMS = "https://patchwork.example/problems/";
    /** The services' problem types that mean the professional may no longer use Patchwork at all. */
    private static final Map<String, String> ACCESS_ENDED = Map.of(
            PROBLEMS + "professional-left", "left",
            PROBLEMS + "agency-suspended", "suspended");

    @ExceptionHandler(ApiProblemException.class)
    String refused(ApiProblemException exception, HttpServletRequest request, HttpServletResponse response,
                   Model model) {
        response.setStatus(exception.status());
        // A limit's answer says which limit and when to try again (a minute, midnight, an hour).
        model.addAttribute("limitDetail", exception.status() == 429 ? exception.problem().detail() : null);
        String ended = exception.status() == 403 ? ACCESS_ENDED.get(exception.problem().type()) : null;
        if (ended != null) {
            boolean suspended = ended.equals("suspended");
            model.addAttribute("title", suspended ? "Your organisation's Patchwork access is suspended"
                    : "Your Patchwork access has ended");
            model.addAttribute("explanation", suspended
                    ? "Your organisation's access to Patchwork is suspended under the data sharing agreement, so you"
                            + " cannot use Patchwork for now."
                    : "Your agency has recorded that you have left it, so you can no longer use Patchwork or see any"
                            + " client.");
            // The page's own sign-out form posts to the gateway with the gateway's CSRF token.
            model.addAttribute("gatewayCsrf", CsrfModel.gatewayToken(request));
            return "error/access-ended";
        }
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
