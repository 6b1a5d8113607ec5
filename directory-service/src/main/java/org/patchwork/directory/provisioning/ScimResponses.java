package org.patchwork.directory.provisioning;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ErrorResponse;
import com.unboundid.scim2.common.utils.JsonUtils;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * SCIM bodies in and out ({@code application/scim+json}), through the SCIM SDK's own JSON mapper (Jackson 2), so
 * that what its resources, filters and PATCH operations expect is exactly what they get.
 */
final class ScimResponses {

    static final MediaType SCIM_JSON = MediaType.parseMediaType("application/scim+json");

    private ScimResponses() {
    }

    static <T> T read(String body, Class<T> type) throws ScimException {
        if (body == null || body.isBlank()) {
            throw BadRequestException.invalidSyntax("The request has no body.");
        }
        try {
            return JsonUtils.getObjectReader().forType(type).readValue(body);
        } catch (JsonProcessingException | IllegalArgumentException malformed) {
            throw BadRequestException.invalidSyntax("The body is not JSON of a SCIM " + type.getSimpleName()
                    .replace("Resource", "") + ".");
        }
    }

    static ResponseEntity<String> ok(Object body) {
        return ResponseEntity.ok().contentType(SCIM_JSON).body(json(body));
    }

    static ResponseEntity<String> created(URI location, Object body) {
        return ResponseEntity.created(location).contentType(SCIM_JSON).body(json(body));
    }

    static ResponseEntity<String> error(ScimException exception) {
        ErrorResponse error = exception.getScimError();
        return ResponseEntity.status(error.getStatus()).contentType(SCIM_JSON).body(json(error));
    }

    static ErrorResponse error(int status, String scimType, String detail) {
        ErrorResponse error = new ErrorResponse(status);
        error.setScimType(scimType);
        error.setDetail(detail);
        return error;
    }

    static void write(HttpServletResponse response, ErrorResponse error) throws IOException {
        response.setStatus(error.getStatus());
        response.setContentType(SCIM_JSON.toString());
        response.getOutputStream().write(json(error).getBytes(StandardCharsets.UTF_8));
    }

    private static String json(Object body) {
        try {
            return JsonUtils.getObjectWriter().writeValueAsString(body);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A SCIM resource could not be written as JSON", impossible);
        }
    }
}
