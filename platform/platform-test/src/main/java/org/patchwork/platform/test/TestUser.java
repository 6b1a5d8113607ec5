package org.patchwork.platform.test;

import java.util.List;

/** A professional in the test realm, able to fetch a fresh real access token. */
public record TestUser(TestKeycloak keycloak, String id, String username, String password, String email,
                       String name, String agency, List<String> roles) {

    public String accessToken() {
        return keycloak.passwordGrant(TestKeycloak.TEST_CLIENT, username, password);
    }

    public String accessTokenWithoutPatchworkAudience() {
        return keycloak.passwordGrant(TestKeycloak.NO_AUDIENCE_CLIENT, username, password);
    }

    /** A token that expires one second after it is issued. */
    public String shortLivedAccessToken() {
        return keycloak.passwordGrant(TestKeycloak.SHORT_LIVED_CLIENT, username, password);
    }

    public String bearer() {
        return "Bearer " + accessToken();
    }
}
