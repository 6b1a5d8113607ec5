package org.patchwork.directory;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.patchwork.platform.test.TestKeycloak;

/**
 * The test run's Keycloak as its administrator sees it, and the secret it generated at import for the realm's
 * {@code patchwork-directory} client, which the directory under test then uses as shipped.
 */
public final class DirectoryKeycloak {

    private static Keycloak admin;

    private DirectoryKeycloak() {
    }

    /** An admin client of the test Keycloak (master realm), kept for the test JVM. */
    public static synchronized Keycloak admin() {
        if (admin == null) {
            admin = KeycloakBuilder.builder().serverUrl(TestKeycloak.get().url()).realm("master")
                    .grantType(OAuth2Constants.PASSWORD).clientId("admin-cli")
                    .username(System.getenv().getOrDefault("PATCHWORK_TEST_KEYCLOAK_ADMIN", "admin"))
                    .password(System.getenv("PATCHWORK_TEST_KEYCLOAK_ADMIN_PASSWORD")).build();
        }
        return admin;
    }

    public static RealmResource patchworkRealm() {
        return admin().realm(TestKeycloak.REALM);
    }

    /** The secret of client {@code patchwork-directory}, as Keycloak generated it at import. */
    public static String directoryClientSecret() {
        RealmResource realm = patchworkRealm();
        String id = realm.clients().findByClientId("patchwork-directory").getFirst().getId();
        return realm.clients().get(id).getSecret().getValue();
    }
}
