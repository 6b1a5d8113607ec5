package org.patchwork.web.config;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Who is signed in, for every page's banner and navigation: from the access token, plus the organisation's
 * name from the directory (remembered; organisations are few and rarely renamed).
 */
@ControllerAdvice
public class CurrentUser {

    private final AgencyNames agencyNames;

    CurrentUser(AgencyNames agencyNames) {
        this.agencyNames = agencyNames;
    }

    @ModelAttribute("user")
    SignedInUser user() {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            return null;
        }
        Jwt jwt = token.getToken();
        String agency = jwt.getClaimAsString("agency");
        return new SignedInUser(jwt.getClaimAsString("name"), agency, agencyNames.nameOf(agency), realmRoles(jwt));
    }

    static List<String> realmRoles(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
            return List.of();
        }
        return roles.stream().map(String::valueOf).toList();
    }

    public record SignedInUser(String name, String agency, String agencyName, List<String> roles) {

        public boolean isPractitioner() {
            return roles.contains("practitioner");
        }

        public boolean isAgencyAdmin() {
            return roles.contains("agency-admin");
        }

        public boolean isIgOfficer() {
            return roles.contains("ig-officer");
        }

        /** The agency's managers and administrators see its reports. */
        public boolean seesReports() {
            return roles.contains("manager") || isAgencyAdmin();
        }

        public boolean isPlatformAdmin() {
            return roles.contains("platform-admin");
        }
    }
}
