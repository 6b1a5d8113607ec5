package org.patchwork.platform.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakTokenMappingTest {

    private final Jwt token = Jwt.withTokenValue("token").header("alg", "RS256")
            .subject("3203c2a0-272f-4c94-9af3-aa2609bcf772")
            .claim("agency", "staffs-fire")
            .claim("name", "Demo Firefighter")
            .claim("email", "practitioner@staffs-fire.example")
            .claim("realm_access", Map.of("roles", List.of("practitioner", "agency-admin", "default-roles-patchwork")))
            .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).build();

    @Test
    void realmRolesBecomeRoleAuthorities() {
        assertThat(new KeycloakJwtAuthenticationConverter().convert(token).getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_practitioner", "ROLE_agency-admin");
    }

    @Test
    void theCallerCarriesTheAgencyAndRolesFromTheToken() {
        Caller caller = CallerArgumentResolver.from(token);

        assertThat(caller.agency()).isEqualTo("staffs-fire");
        assertThat(caller.worksFor("staffs-fire")).isTrue();
        assertThat(caller.worksFor("lichfield-dc")).isFalse();
        assertThat(caller.hasRole(Caller.AGENCY_ADMIN)).isTrue();
        assertThat(caller.hasRole(Caller.IG_OFFICER)).isFalse();
    }

    @Test
    void aTokenWithoutAgencyBelongsToNoAgency() {
        Jwt platformStaff = Jwt.withTokenValue("token").header("alg", "RS256").subject("someone")
                .claim("realm_access", Map.of("roles", List.of("platform-admin"))).build();

        Caller caller = CallerArgumentResolver.from(platformStaff);

        assertThat(caller.agency()).isEmpty();
        assertThat(caller.worksFor("")).isFalse();
    }
}
