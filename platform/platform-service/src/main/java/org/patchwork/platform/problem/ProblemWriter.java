package org.patchwork.platform.problem;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem responses from places that run before Spring MVC (security filters, the body
 * size filter), so that every error a client sees has the same shape.
 */
public class ProblemWriter {

    private final JsonMapper jsonMapper;

    public ProblemWriter(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        jsonMapper.writeValue(response.getOutputStream(), problem);
    }

    public AuthenticationEntryPoint entryPoint() {
        return (request, response, exception) -> {
            boolean badToken = exception instanceof InvalidBearerTokenException;
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, badToken
                    ? "Bearer error=\"invalid_token\", error_description=\"The access token is not valid\""
                    : "Bearer");
            ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
                    badToken ? "The access token is expired, malformed, or not issued for Patchwork."
                            : "Sign in to Patchwork: this request carries no access token.");
            write(request, response, problem);
        };
    }

    /**
     * A request the firewall refuses (a control character in a header, an encoded slash or a semicolon in the URL,
     * an unknown method): a 400 problem that names neither the header nor the URL, since either may be what was
     * refused, and no {@code instance} for the same reason.
     */
    public RequestRejectedHandler requestRejectedHandler() {
        return (request, response, exception) -> {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            jsonMapper.writeValue(response.getOutputStream(), Problems.of(HttpStatus.BAD_REQUEST, "request-rejected",
                    "Patchwork does not accept this request: a header or the address holds characters it refuses."));
        };
    }

    public AccessDeniedHandler accessDeniedHandler() {
        return (request, response, exception) -> write(request, response,
                Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this."));
    }
}
