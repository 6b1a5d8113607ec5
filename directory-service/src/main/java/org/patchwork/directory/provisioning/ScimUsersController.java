package org.patchwork.directory.provisioning;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.EqualFilter;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.types.UserResource;
import io.swagger.v3.oas.annotations.Hidden;
import org.patchwork.directory.professional.Professional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * SCIM 2.0 Users (RFC 7644 section 3) as Microsoft Entra ID and Okta provisioning use them: create, read, the
 * {@code userName eq "…"} filter both send before creating, replace, PATCH, delete. Bodies are read and written
 * through the SCIM SDK ({@link ScimResponses}); not in the Patchwork API description, which is for Patchwork's own
 * clients.
 */
@Hidden
@RestController
@RequestMapping("/scim/v2/Users")
class ScimUsersController {

    static final int MAX_RESULTS = 200;

    private final ScimUsers users;

    ScimUsersController(ScimUsers users) {
        this.users = users;
    }

    @PostMapping
    ResponseEntity<String> create(@AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal,
                                  @RequestBody(required = false) String body) throws ScimException {
        Professional created = users.create(ScimClient.from(principal), ScimResponses.read(body, UserResource.class));
        URI location = location(created);
        return ScimResponses.created(location, ScimUserMapping.user(created, location));
    }

    @GetMapping("/{id}")
    ResponseEntity<String> get(@AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal,
                               @PathVariable String id) throws ScimException {
        Professional professional = users.get(ScimClient.from(principal), id);
        return ScimResponses.ok(ScimUserMapping.user(professional, location(professional)));
    }

    /** {@code startIndex} is 1-based (RFC 7644 3.4.2.4); without a filter, the agency's staff a page at a time. */
    @GetMapping
    ResponseEntity<String> search(@AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal,
                                  @RequestParam(required = false) String filter,
                                  @RequestParam(defaultValue = "1") int startIndex,
                                  @RequestParam(defaultValue = "100") int count) throws ScimException {
        ScimClient client = ScimClient.from(principal);
        int start = Math.max(startIndex, 1);
        int size = Math.clamp(count, 0, MAX_RESULTS);
        if (filter != null && !filter.isBlank()) {
            List<UserResource> found = users.findByUserName(client, userNameIn(filter)).stream()
                    .map(professional -> ScimUserMapping.user(professional, location(professional))).toList();
            List<UserResource> page = start > found.size() ? List.of() : found.subList(start - 1,
                    Math.min(found.size(), start - 1 + size));
            return ScimResponses.ok(new ListResponse<>(found.size(), page, start, page.size()));
        }
        List<UserResource> page = users.page(client, size, start - 1).stream()
                .map(professional -> ScimUserMapping.user(professional, location(professional))).toList();
        return ScimResponses.ok(new ListResponse<>((int) users.count(client), page, start, page.size()));
    }

    @PutMapping("/{id}")
    ResponseEntity<String> replace(@AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal,
                                   @PathVariable String id, @RequestBody(required = false) String body)
            throws ScimException {
        Professional replaced = users.replace(ScimClient.from(principal), id,
                ScimResponses.read(body, UserResource.class));
        return ScimResponses.ok(ScimUserMapping.user(replaced, location(replaced)));
    }

    @PatchMapping("/{id}")
    ResponseEntity<String> patch(@AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal,
                                 @PathVariable String id, @RequestBody(required = false) String body)
            throws ScimException {
        Professional patched = users.patch(ScimClient.from(principal), id,
                ScimResponses.read(body, PatchRequest.class));
        return ScimResponses.ok(ScimUserMapping.user(patched, location(patched)));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal,
                                @PathVariable String id) throws ScimException {
        users.delete(ScimClient.from(principal), id);
        return ResponseEntity.noContent().build();
    }

    /** The one filter provisioning clients send: {@code userName eq "…"} (attribute names are case-insensitive). */
    private static String userNameIn(String filter) throws BadRequestException {
        Filter parsed = Filter.fromString(filter);
        if (parsed instanceof EqualFilter equal && equal.getAttributePath().toString().toLowerCase(Locale.ROOT)
                .equals("username") && equal.getComparisonValue() != null && equal.getComparisonValue().isTextual()) {
            return equal.getComparisonValue().textValue();
        }
        throw BadRequestException.invalidFilter("Only the filter userName eq \"<work email>\" is supported.");
    }

    private static URI location(Professional professional) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/scim/v2/Users/{id}")
                .buildAndExpand(professional.id()).toUri();
    }
}
