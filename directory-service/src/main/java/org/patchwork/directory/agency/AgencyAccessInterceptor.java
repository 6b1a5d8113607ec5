package org.patchwork.directory.agency;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.patchwork.platform.security.Caller;
import org.patchwork.platform.security.CallerArgumentResolver;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Keeps the staff of agencies outside the data sharing agreement (unknown to the directory, or suspended) out
 * of every directory endpoint, whatever their token says, from the moment the agency's status changes. Staff of an
 * agency being onboarded are refused too, but their sign-in is recorded as its test sign-in.
 */
class AgencyAccessInterceptor implements HandlerInterceptor {

    private final AgencyRepository agencies;
    private final Clock clock;

    AgencyAccessInterceptor(AgencyRepository agencies, Clock clock) {
        this.agencies = agencies;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            Caller caller = CallerArgumentResolver.from(token.getToken());
            Optional<AgencyStatus> status = caller.hasRole(Caller.PLATFORM_ADMIN) || caller.agency().isEmpty()
                    ? Optional.empty() : agencies.findStatus(caller.agency());
            if (status.equals(Optional.of(AgencyStatus.ONBOARDING)) && isOwnEntry(request)) {
                agencies.recordTestSignIn(caller.agency(), caller.name(), clock.instant());
            }
            AgencyRules.requireMayUseDirectory(caller, status);
        }
        return true;
    }

    /**
     * The gateway asks for the professional's own entry at every sign-in: for an agency being onboarded, that is the
     * test sign-in through its new identity provider succeeding (then refused: the agency is not live yet).
     */
    private static boolean isOwnEntry(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && "/api/directory/me".equals(request.getRequestURI());
    }
}
