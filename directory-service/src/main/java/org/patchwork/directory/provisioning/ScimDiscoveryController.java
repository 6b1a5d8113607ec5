package org.patchwork.directory.provisioning;

import java.beans.IntrospectionException;
import java.net.URI;
import java.util.List;

import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.types.AuthenticationScheme;
import com.unboundid.scim2.common.types.BulkConfig;
import com.unboundid.scim2.common.types.ChangePasswordConfig;
import com.unboundid.scim2.common.types.ETagConfig;
import com.unboundid.scim2.common.types.EnterpriseUserExtension;
import com.unboundid.scim2.common.types.FilterConfig;
import com.unboundid.scim2.common.types.Meta;
import com.unboundid.scim2.common.types.PatchConfig;
import com.unboundid.scim2.common.types.ResourceTypeResource;
import com.unboundid.scim2.common.types.SchemaResource;
import com.unboundid.scim2.common.types.ServiceProviderConfigResource;
import com.unboundid.scim2.common.types.SortConfig;
import com.unboundid.scim2.common.types.UserResource;
import com.unboundid.scim2.common.utils.SchemaUtils;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What provisioning clients ask before they provision (RFC 7644 section 4): the features this endpoint has (PATCH and
 * filters; no bulk, sort, ETags or passwords — Patchwork has none), its one resource type, User with the enterprise
 * extension, and their schemas.
 */
@Hidden
@RestController
@RequestMapping("/scim/v2")
class ScimDiscoveryController {

    private static final String SCHEMAS = "/scim/v2/Schemas/";

    @GetMapping("/ServiceProviderConfig")
    ResponseEntity<String> serviceProviderConfig() {
        ServiceProviderConfigResource config = new ServiceProviderConfigResource(null, new PatchConfig(true),
                new BulkConfig(false, 0, 0), new FilterConfig(true, ScimUsersController.MAX_RESULTS),
                new ChangePasswordConfig(false), new SortConfig(false), new ETagConfig(false),
                List.of(new AuthenticationScheme("OAuth Bearer Token",
                        "A bearer token a Patchwork platform administrator issued to the agency's provisioning.",
                        null, null, "oauthbearertoken", true)));
        config.setMeta(meta("ServiceProviderConfig", "/scim/v2/ServiceProviderConfig"));
        return ScimResponses.ok(config);
    }

    @GetMapping("/ResourceTypes")
    ResponseEntity<String> resourceTypes() {
        return ScimResponses.ok(new ListResponse<>(List.of(userType())));
    }

    @GetMapping("/ResourceTypes/{name}")
    ResponseEntity<String> resourceType(@PathVariable String name) throws ScimException {
        if (!name.equals("User")) {
            throw new ResourceNotFoundException("No resource type " + name + ".");
        }
        return ScimResponses.ok(userType());
    }

    @GetMapping("/Schemas")
    ResponseEntity<String> schemas() {
        return ScimResponses.ok(new ListResponse<>(schemaList()));
    }

    @GetMapping("/Schemas/{id}")
    ResponseEntity<String> schema(@PathVariable String id) throws ScimException {
        return ScimResponses.ok(schemaList().stream().filter(schema -> schema.getId().equals(id)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("No schema " + id + ".")));
    }

    private static ResourceTypeResource userType() {
        ResourceTypeResource type = new ResourceTypeResource("User", "User", "A professional of the agency",
                URI.create("/Users"), URI.create(SchemaUtils.getSchemaUrn(UserResource.class)),
                List.of(new ResourceTypeResource.SchemaExtension(
                        URI.create(SchemaUtils.getSchemaUrn(EnterpriseUserExtension.class)), false)));
        type.setMeta(meta("ResourceType", "/scim/v2/ResourceTypes/User"));
        return type;
    }

    private static List<SchemaResource> schemaList() {
        try {
            SchemaResource user = SchemaUtils.getSchema(UserResource.class);
            SchemaResource enterprise = SchemaUtils.getSchema(EnterpriseUserExtension.class);
            user.setMeta(meta("Schema", SCHEMAS + user.getId()));
            enterprise.setMeta(meta("Schema", SCHEMAS + enterprise.getId()));
            return List.of(user, enterprise);
        } catch (IntrospectionException impossible) {
            throw new IllegalStateException("The SCIM SDK's User schema could not be read", impossible);
        }
    }

    private static Meta meta(String resourceType, String path) {
        Meta meta = new Meta();
        meta.setResourceType(resourceType);
        meta.setLocation(ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUri());
        return meta;
    }
}
