package org.patchwork.platform.security.standing;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.problem.ProblemWriter;
import org.patchwork.platform.problem.Problems;
import org.patchwork.platform.security.CallerArgumentResolver;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, right after its token is authenticated, every request of a caller who may no longer use Patchwork
 * (a leaver, or the staff of a suspended agency), with a 403 problem, before any endpoint of the service runs.
 */
public class StandingFilter extends OncePerRequestFilter {

    private final AccessStanding standing;
    private final ProblemWriter problems;

    public StandingFilter(AccessStanding standing, ProblemWriter problems) {
        this.standing = standing;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            Optional<PatchworkException> refusal = standing.refusal(CallerArgumentResolver.from(token.getToken()));
            if (refusal.isPresent()) {
                PatchworkException refused = refusal.get();
                problems.write(request, response, Problems.of(refused.status(), refused.type(), refused.getMessage()));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
