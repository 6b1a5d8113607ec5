package org.patchwork.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A scripted browser sign-in to realm {@code patchwork} through an agency's identity provider: the
 * authorization-code request of client {@code patchwork-gateway} with {@code kc_idp_hint=<agency>}, the agency's
 * login form (a demo realm on the same Keycloak), and every redirect back, until Keycloak redirects to the
 * gateway with a code. The code is not exchanged.
 */
public final class BrokeredLogin {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*\\bid=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]+)\"");
    private static final int MAX_STEPS = 20;

    private final String keycloakUrl;
    private final String redirectUri;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(cookiesSentOverHttpToo())
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /**
     * @param keycloakUrl Keycloak's base URL (its {@code --hostname})
     * @param gatewayUrl  the gateway base URL the realm was imported with ({@code PATCHWORK_GATEWAY_URL})
     */
    public BrokeredLogin(String keycloakUrl, String gatewayUrl) {
        this.keycloakUrl = keycloakUrl;
        this.redirectUri = gatewayUrl + "/login/oauth2/code/keycloak";
    }

    /** Signs in as {@code username} at {@code agency}'s identity provider; returns the authorization code. */
    public String signIn(String agency, String username, String password) throws IOException, InterruptedException {
        String verifier = randomUrlSafe(32);
        URI authorization = URI.create(keycloakUrl + "/realms/patchwork/protocol/openid-connect/auth?" + query(Map.of(
                "client_id", "patchwork-gateway",
                "response_type", "code",
                "scope", "openid",
                "redirect_uri", redirectUri,
                "state", randomUrlSafe(16),
                "nonce", randomUrlSafe(16),
                "code_challenge", s256(verifier),
                "code_challenge_method", "S256",
                "kc_idp_hint", agency)));
        HttpResponse<String> response = get(authorization);
        boolean credentialsSent = false;
        for (int step = 0; step < MAX_STEPS; step++) {
            if (response.statusCode() == 302 || response.statusCode() == 303) {
                URI location = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                if (location.toString().startsWith(redirectUri)) {
                    return codeIn(location);
                }
                response = get(location);
            } else if (response.statusCode() == 200 && !credentialsSent && loginFormAction(response) != null) {
                response = post(response.uri().resolve(loginFormAction(response)),
                        Map.of("username", username, "password", password, "credentialId", ""));
                credentialsSent = true;
            } else {
                throw new IllegalStateException("Sign-in stopped at " + response.uri().getPath() + " with HTTP "
                        + response.statusCode() + (credentialsSent ? " after the credentials were sent" : ""));
            }
        }
        throw new IllegalStateException("Sign-in did not reach " + redirectUri + " in " + MAX_STEPS + " steps");
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(URI uri, Map<String, String> form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(query(form))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String loginFormAction(HttpResponse<String> page) {
        Matcher form = LOGIN_FORM.matcher(page.body());
        if (!form.find()) {
            return null;
        }
        Matcher action = ACTION.matcher(form.group());
        return action.find() ? action.group(1).replace("&amp;", "&") : null;
    }

    private static String codeIn(URI redirect) {
        Map<String, String> parameters = List.of(redirect.getRawQuery().split("&")).stream()
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0],
                        pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "",
                        (first, second) -> first));
        if (!parameters.containsKey("code")) {
            throw new IllegalStateException("Keycloak redirected back without a code: error="
                    + parameters.get("error") + " " + parameters.getOrDefault("error_description", ""));
        }
        return parameters.get("code");
    }

    /**
     * Keycloak 26 marks its login cookies {@code Secure} even over http; the JDK's cookie manager would then
     * never send them back to an http Keycloak, and the login would lose its session.
     */
    private static CookieManager cookiesSentOverHttpToo() {
        CookieStore store = new CookieManager().getCookieStore();
        return new CookieManager(new CookieStore() {
            @Override
            public void add(URI uri, HttpCookie cookie) {
                cookie.setSecure(false);
                store.add(uri, cookie);
            }

            @Override
            public List<HttpCookie> get(URI uri) {
                return store.get(uri);
            }

            @Override
            public List<HttpCookie> getCookies() {
                return store.getCookies();
            }

            @Override
            public List<URI> getURIs() {
                return store.getURIs();
            }

            @Override
            public boolean remove(URI uri, HttpCookie cookie) {
                return store.remove(uri, cookie);
            }

            @Override
            public boolean removeAll() {
                return store.removeAll();
            }
        }, CookiePolicy.ACCEPT_ORIGINAL_SERVER);
    }

    private static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
