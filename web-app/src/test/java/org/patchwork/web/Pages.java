package org.patchwork.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-less user of the web app, as the gateway relays them: every request carries their access token;
 * forms are posted with the CSRF token of the page they came from, as a browser would.
 */
final class Pages {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_COOKIE = Pattern.compile("PATCHWORK-WEB-CSRF=([^;]*)");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final String token;

    Pages(int port, String token) {
        this.base = "http://127.0.0.1:" + port;
        this.token = token;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** Opens {@code formPage}, then posts {@code fields} to {@code action} with that page's CSRF token. */
    HttpResponse<String> post(String formPage, String action, Map<String, String> fields) {
        return postAfter(formPage, List.of(), action, fields);
    }

    /**
     * Opens {@code formPage} and then, as a browser loads a page's stylesheets, {@code alsoOpened} with the form-token
     * cookie, keeping the cookie as they leave it; then posts {@code fields} to {@code action} with the page's token.
     */
    HttpResponse<String> postAfter(String formPage, List<String> alsoOpened, String action, Map<String, String> fields) {
        Csrf csrf = csrfOf(get(formPage));
        for (String path : alsoOpened) {
            HttpResponse<String> asset = send(request(path).header("Cookie", "PATCHWORK-WEB-CSRF=" + csrf.cookie())
                    .GET().build());
            Matcher changed = CSRF_COOKIE.matcher(String.join("; ", asset.headers().allValues("Set-Cookie")));
            if (changed.find()) {
                csrf = new Csrf(csrf.field(), changed.group(1));
            }
        }
        String body = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&", "_csrf=" + encode(csrf.field()) + "&", ""));
        return send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "PATCHWORK-WEB-CSRF=" + csrf.cookie())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Opens {@code formPage}, then posts an empty form to {@code action} with its CSRF token; the answer is a file. */
    HttpResponse<byte[]> download(String formPage, String action) {
        Csrf csrf = csrfOf(get(formPage));
        HttpRequest request = request(action).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "PATCHWORK-WEB-CSRF=" + csrf.cookie())
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(csrf.field()))).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Posts {@code fields} to {@code action} as a form on another origin makes the browser do: the user's token (the
     * gateway relays it for their session cookie) and the web app's cookies go along; the form token, which the
     * other origin cannot read, is {@code guessedToken} or missing.
     */
    HttpResponse<String> postFrom(String origin, String action, Map<String, String> fields, String guessedToken) {
        Csrf csrf = csrfOf(get(action));
        String body = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&", guessedToken == null ? "" : "_csrf=" + encode(guessedToken) + "&", ""));
        return send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin)
                .header("Cookie", "PATCHWORK-WEB-CSRF=" + csrf.cookie())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Opens {@code formPage}, then uploads one file as the form field {@code file}, as a browser does. */
    HttpResponse<String> upload(String formPage, String action, String fileName, String content) {
        Csrf csrf = csrfOf(get(formPage));
        String boundary = "patchwork-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf.field() + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + content + "\r\n"
                + "--" + boundary + "--\r\n";
        return send(request(action).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", "PATCHWORK-WEB-CSRF=" + csrf.cookie())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Csrf csrfOf(HttpResponse<String> page) {
        Matcher field = CSRF_FIELD.matcher(page.body());
        Matcher cookie = CSRF_COOKIE.matcher(String.join("; ", page.headers().allValues("Set-Cookie")));
        if (!field.find() || !cookie.find()) {
            throw new AssertionError("No form token on the page (" + page.statusCode() + "): " + page.body());
        }
        return new Csrf(field.group(1), cookie.group(1));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Csrf(String field, String cookie) {
    }
}
