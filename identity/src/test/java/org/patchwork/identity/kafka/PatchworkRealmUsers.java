package org.patchwork.identity.kafka;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** Finds and deletes users of realm {@code patchwork} through Keycloak's admin REST API, as the bootstrap admin. */
final class PatchworkRealmUsers {

    private final String keycloakUrl;
    private final RestClient http = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory()).build();

    PatchworkRealmUsers(String keycloakUrl) {
        this.keycloakUrl = keycloakUrl;
    }

    Optional<String> idOf(String username) {
        List<Map<String, Object>> users = admin().get()
                .uri(keycloakUrl + "/admin/realms/patchwork/users?username={username}&exact=true", username)
                .retrieve().body(new ParameterizedTypeReference<>() {
                });
        return users == null ? Optional.empty() : users.stream().map(user -> (String) user.get("id")).findFirst();
    }

    void delete(String userId) {
        admin().delete().uri(keycloakUrl + "/admin/realms/patchwork/users/{id}", userId)
                .retrieve().toBodilessEntity();
    }

    private RestClient admin() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "password");
        form.add("client_id", "admin-cli");
        form.add("username", setting("PATCHWORK_TEST_KEYCLOAK_ADMIN", "admin"));
        form.add("password", setting("PATCHWORK_TEST_KEYCLOAK_ADMIN_PASSWORD", "admin"));
        Map<String, Object> token = http.post().uri(keycloakUrl + "/realms/master/protocol/openid-connect/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .retrieve().body(new ParameterizedTypeReference<>() {
                });
        return http.mutate().defaultHeader("Authorization", "Bearer " + token.get("access_token")).build();
    }

    private static String setting(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
