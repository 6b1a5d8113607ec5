package org.patchwork.directory.agency;

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
 * of every directory endpoint, whatever their token says, from the moment the agency's status changes.
 */
class AgencyAccessInterceptor implements HandlerInterceptor {

    private final AgencyRepository agencies;

    AgencyAccessInterceptor(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            Caller caller = CallerArgumentResolver.from(token.getToken());
            Optional<AgencyStatus> status = caller.hasRole(Caller.PLATFORM_ADMIN) || caller.agency().isEmpty()
                    ? Optional.empty() : agencies.findStatus(caller.agency());
            AgencyRules.requireMayUseDirectory(caller, status);
        }
        return true;
    }
}
