package org.patchwork.directory.agency;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.plugins.providers.multipart.MultipartFormDataOutput;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.IdentityProviderResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.IdentityProviderMapperRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.patchwork.directory.agency.IdentityProviderSettings.Protocol;
import org.patchwork.directory.config.KeycloakAdminProperties;
import org.patchwork.platform.problem.PatchworkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Agencies' identity providers in realm {@code patchwork}, made and changed through Keycloak's admin API with the
 * settings and mappers every agency's has (the demo agencies' in the realm import are the model): Keycloak reads the
 * OpenID Connect discovery document or the SAML metadata itself; the {@code agency} attribute is fixed to the
 * agency's code; every user is a practitioner, and the agency's groups make agency administrators, IG officers and managers;
 * usernames are {@code <alias>.<their username there>}, so two agencies' users never collide.
 */
@Component
class IdentityProviders {

    static final String FIRST_BROKER_LOGIN_FLOW = "patchwork first broker login";
    private static final Logger log = LoggerFactory.getLogger(IdentityProviders.class);

    private final Keycloak keycloak;
    private final KeycloakAdminProperties properties;

    IdentityProviders(Keycloak keycloak, KeycloakAdminProperties properties) {
        this.keycloak = keycloak;
        this.properties = properties;
    }

    /** Creates the agency's identity provider, or changes it to these settings if it exists; then its mappers. */
    void save(Agency agency, IdentityProviderSettings settings) {
        if (!properties.configured()) {
            throw new PatchworkException(HttpStatus.SERVICE_UNAVAILABLE, "keycloak-not-configured",
                    "The directory cannot manage identity providers: patchwork.directory.keycloak.client-secret is"
                            + " not set.");
        }
        try {
            RealmResource realm = keycloak.realm(properties.realm());
            String alias = agency.identityProviderAlias();
            IdentityProviderRepresentation existing = existing(realm, alias);
            IdentityProviderRepresentation provider = representation(agency, settings, imported(realm, settings),
                    existing);
            if (existing == null) {
                try (Response created = realm.identityProviders().create(provider)) {
                    if (created.getStatus() != Response.Status.CREATED.getStatusCode()) {
                        throw new WebApplicationException("Keycloak answered " + created.getStatus(), created);
                    }
                }
            } else {
                realm.identityProviders().get(alias).update(provider);
            }
            saveMappers(realm.identityProviders().get(alias), mappers(agency, settings));
            log.info("Identity provider {} of agency {} {} ({})", alias, agency.code(),
                    existing == null ? "created" : "changed", settings);
        } catch (ProcessingException unreachable) {
            throw new PatchworkException(HttpStatus.SERVICE_UNAVAILABLE, "keycloak-unavailable",
                    "Keycloak cannot be reached, so the identity provider was not saved. Nothing has been stored;"
                            + " try again shortly.");
        }
    }

    private static IdentityProviderRepresentation existing(RealmResource realm, String alias) {
        try {
            return realm.identityProviders().get(alias).toRepresentation();
        } catch (NotFoundException absent) {
            return null;
        }
    }

    /** What Keycloak reads from the discovery document or the metadata: endpoints, issuer, keys, certificates. */
    private static Map<String, String> imported(RealmResource realm, IdentityProviderSettings settings) {
        String providerId = providerId(settings.protocol());
        try {
            if (settings.metadataXml() != null) {
                MultipartFormDataOutput form = new MultipartFormDataOutput();
                form.addFormData("providerId", providerId, MediaType.TEXT_PLAIN_TYPE);
                form.addFormData("file", settings.metadataXml().getBytes(StandardCharsets.UTF_8),
                        MediaType.APPLICATION_XML_TYPE, "metadata.xml");
                return realm.identityProviders().importFrom(form);
            }
            String from = settings.protocol() == Protocol.OIDC ? settings.discoveryUrl() : settings.metadataUrl();
            return realm.identityProviders().importFrom(Map.of("providerId", providerId, "fromUrl", from));
        } catch (WebApplicationException unreadable) {
            throw new PatchworkException(HttpStatus.BAD_REQUEST, "identity-provider-unreadable",
                    settings.protocol() == Protocol.OIDC
                            ? "Keycloak could not read an OpenID Connect discovery document at "
                                    + settings.discoveryUrl() + ". Check the URL (it usually ends in"
                                    + " /.well-known/openid-configuration)."
                            : "Keycloak could not read SAML 2.0 identity provider metadata from "
                                    + (settings.metadataUrl() != null ? settings.metadataUrl() : "the file given")
                                    + ".");
        }
    }

    private static IdentityProviderRepresentation representation(Agency agency, IdentityProviderSettings settings,
                                                                 Map<String, String> imported,
                                                                 IdentityProviderRepresentation existing) {
        IdentityProviderRepresentation provider = existing != null ? existing : new IdentityProviderRepresentation();
        provider.setAlias(agency.identityProviderAlias());
        provider.setDisplayName(agency.name());
        provider.setProviderId(providerId(settings.protocol()));
        provider.setEnabled(true);
        provider.setTrustEmail(true);
        provider.setStoreToken(false);
        provider.setAddReadTokenRoleOnCreate(false);
        provider.setLinkOnly(false);
        provider.setHideOnLogin(false);
        provider.setFirstBrokerLoginFlowAlias(FIRST_BROKER_LOGIN_FLOW);
        Map<String, String> config = new HashMap<>(imported);
        if (settings.protocol() == Protocol.OIDC) {
            config.put("clientId", settings.clientId());
            String secret = settings.clientSecret() != null ? settings.clientSecret()
                    : existing != null ? existing.getConfig().get("clientSecret") : null;
            config.put("clientSecret", secret);
            config.put("clientAuthMethod", "client_secret_post");
            config.put("defaultScope", "openid profile email");
            config.put("validateSignature", "true");
            config.put("useJwksUrl", "true");
            config.put("pkceEnabled", "true");
            config.put("pkceMethod", "S256");
            config.put("backchannelSupported", "false");
        } else {
            if (settings.metadataUrl() != null) {
                config.put("metadataDescriptorUrl", settings.metadataUrl());
                config.put("useMetadataDescriptorUrl", "true");
            } else {
                config.remove("metadataDescriptorUrl");
                config.put("useMetadataDescriptorUrl", "false");
            }
            config.put("validateSignature", "true");
            config.put("wantAssertionsSigned", "true");
            config.put("wantAssertionsEncrypted", "false");
            config.put("wantAuthnRequestsSigned", "false");
            config.put("postBindingResponse", "true");
            config.put("postBindingAuthnRequest", "true");
            config.put("postBindingLogout", "true");
            config.put("nameIDPolicyFormat", "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent");
            config.put("principalType", "SUBJECT");
            config.put("allowCreate", "true");
            config.put("allowedClockSkew", "30");
        }
        config.put("syncMode", "FORCE");
        provider.setConfig(config);
        return provider;
    }

    /** The mappers every agency's identity provider has, by name. */
    static Map<String, IdentityProviderMapperRepresentation> mappers(Agency agency, IdentityProviderSettings settings) {
        String alias = agency.identityProviderAlias();
        boolean oidc = settings.protocol() == Protocol.OIDC;
        Map<String, IdentityProviderMapperRepresentation> mappers = new LinkedHashMap<>();
        mappers.put("agency", mapper(alias, "agency", "hardcoded-attribute-idp-mapper",
                Map.of("syncMode", "FORCE", "attribute", "agency", "attribute.value", agency.code())));
        mappers.put("practitioner", mapper(alias, "practitioner", "oidc-hardcoded-role-idp-mapper",
                Map.of("syncMode", "FORCE", "role", "practitioner")));
        mappers.put("agency-admin", groupRole(alias, oidc, "agency-admin", settings.groupsClaim(),
                settings.adminGroup()));
        mappers.put("ig-officer", groupRole(alias, oidc, "ig-officer", settings.groupsClaim(), settings.igGroup()));
        mappers.put("manager", groupRole(alias, oidc, "manager", settings.groupsClaim(), settings.managerGroup()));
        if (oidc) {
            mappers.put("username", mapper(alias, "username", "oidc-username-idp-mapper", Map.of("syncMode", "IMPORT",
                    "template", alias + ".${CLAIM.preferred_username | lowercase}", "target", "LOCAL")));
        } else {
            for (String attribute : List.of("email", "firstName", "lastName")) {
                String name = switch (attribute) {
                    case "firstName" -> "first name";
                    case "lastName" -> "last name";
                    default -> attribute;
                };
                mappers.put(name, mapper(alias, name, "saml-user-attribute-idp-mapper",
                        Map.of("syncMode", "FORCE", "attribute.name", attribute, "user.attribute", attribute)));
            }
            mappers.put("username", mapper(alias, "username", "saml-username-idp-mapper", Map.of("syncMode", "IMPORT",
                    "template", alias + ".${NAMEID | lowercase}", "target", "LOCAL")));
        }
        return mappers;
    }

    private static IdentityProviderMapperRepresentation groupRole(String alias, boolean oidc, String role,
                                                                  String groups, String group) {
        return oidc
                ? mapper(alias, role, "oidc-role-idp-mapper",
                        Map.of("syncMode", "FORCE", "claim", groups, "claim.value", group, "role", role))
                : mapper(alias, role, "saml-role-idp-mapper",
                        Map.of("syncMode", "FORCE", "attribute.name", groups, "attribute.value", group, "role", role));
    }

    private static IdentityProviderMapperRepresentation mapper(String alias, String name, String type,
                                                               Map<String, String> config) {
        IdentityProviderMapperRepresentation mapper = new IdentityProviderMapperRepresentation();
        mapper.setName(name);
        mapper.setIdentityProviderAlias(alias);
        mapper.setIdentityProviderMapper(type);
        mapper.setConfig(new HashMap<>(config));
        return mapper;
    }

    /** Adds the missing mappers, changes those that differ, and removes any other (a protocol change leaves some). */
    private static void saveMappers(IdentityProviderResource provider,
                                    Map<String, IdentityProviderMapperRepresentation> wanted) {
        Map<String, IdentityProviderMapperRepresentation> toAdd = new LinkedHashMap<>(wanted);
        for (IdentityProviderMapperRepresentation current : provider.getMappers()) {
            IdentityProviderMapperRepresentation want = toAdd.remove(current.getName());
            if (want == null) {
                provider.delete(current.getId());
            } else if (!want.getIdentityProviderMapper().equals(current.getIdentityProviderMapper())
                    || !want.getConfig().equals(current.getConfig())) {
                want.setId(current.getId());
                provider.update(current.getId(), want);
            }
        }
        for (IdentityProviderMapperRepresentation mapper : toAdd.values()) {
            try (Response added = provider.addMapper(mapper)) {
                if (added.getStatus() != Response.Status.CREATED.getStatusCode()) {
                    throw new WebApplicationException("Keycloak answered " + added.getStatus(), added);
                }
            }
        }
    }

    private static String providerId(Protocol protocol) {
        return protocol == Protocol.OIDC ? "oidc" : "saml";
    }
}
