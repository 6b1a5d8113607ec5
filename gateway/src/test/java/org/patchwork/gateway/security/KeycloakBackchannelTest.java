package org.patchwork.gateway.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browsers are sent to the issuer's address; the gateway's own calls (token, keys, user info) go to the backchannel
 * address when one is set, e.g. Keycloak's name on a container network.
 */
class KeycloakBackchannelTest {

    private static final String ISSUER = "http://keycloak.localhost:8180/realms/patchwork";

    private static ClientRegistration registration(String backchannelUrl) {
        KeycloakProperties keycloak = new KeycloakProperties(ISSUER, "patchwork-gateway", "secret", "patchwork-api",
                10, backchannelUrl);
        return new GatewaySecurityConfiguration().clientRegistrations(keycloak)
                .findByRegistrationId(GatewaySecurityConfiguration.REGISTRATION).block();
    }

    @Test
    void theGatewayCallsTheBackchannelAddressWhileBrowsersAndTheIssuerStayAtThePublicOne() {
        ClientRegistration registration = registration("http://keycloak:8180/realms/patchwork");

        ClientRegistration.ProviderDetails provider = registration.getProviderDetails();
        assertThat(provider.getAuthorizationUri()).isEqualTo(ISSUER + "/protocol/openid-connect/auth");
        assertThat(provider.getIssuerUri()).isEqualTo(ISSUER);
        assertThat(provider.getConfigurationMetadata().get("end_session_endpoint"))
                .isEqualTo(ISSUER + "/protocol/openid-connect/logout");
        assertThat(provider.getTokenUri()).isEqualTo("http://keycloak:8180/realms/patchwork/protocol/openid-connect/token");
        assertThat(provider.getJwkSetUri()).isEqualTo("http://keycloak:8180/realms/patchwork/protocol/openid-connect/certs");
        assertThat(provider.getUserInfoEndpoint().getUri())
                .isEqualTo("http://keycloak:8180/realms/patchwork/protocol/openid-connect/userinfo");
    }

    @Test
    void withoutABackchannelAddressEveryEndpointIsTheIssuers() {
        for (String unset : new String[] {null, ""}) {
            ClientRegistration.ProviderDetails provider = registration(unset).getProviderDetails();

            assertThat(provider.getTokenUri()).isEqualTo(ISSUER + "/protocol/openid-connect/token");
            assertThat(provider.getJwkSetUri()).isEqualTo(ISSUER + "/protocol/openid-connect/certs");
        }
    }
}
