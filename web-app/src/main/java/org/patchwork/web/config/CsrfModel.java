package org.patchwork.web.config;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Exposes the gateway's CSRF token to every page, for the one form the gateway itself handles: sign out.
 */
@ControllerAdvice
class CsrfModel {

    static final String GATEWAY_CSRF_COOKIE = "XSRF-TOKEN";

    @ModelAttribute("gatewayCsrf")
    String gatewayCsrf(HttpServletRequest request) {
        return gatewayToken(request);
    }

    /** The gateway's CSRF token the browser sent, or empty. */
    static String gatewayToken(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return "";
        }
        for (Cookie cookie : request.getCookies()) {
            if (GATEWAY_CSRF_COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return "";
    }
}
