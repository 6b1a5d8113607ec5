package org.patchwork.web.onboarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import org.patchwork.web.api.DirectoryApi;
import org.springframework.web.multipart.MultipartFile;

/**
 * An agency's identity provider and its staff's email domains, as a platform administrator types them when
 * onboarding the agency or changing its settings later. The client secret is never filled in again: empty keeps the one
 * saved. The SAML metadata comes as a URL or as the file the agency sent.
 */
record IdentityProviderForm(
        @NotBlank(message = "Enter the email domains of its staff, for example agency.gov.uk") String emailDomains,
        String protocol, String discoveryUrl, String clientId, String clientSecret, String metadataUrl,
        MultipartFile metadataFile, String groupsClaim, String adminGroup, String igGroup, String managerGroup) {

    static final Map<String, String> LABELS = Map.ofEntries(Map.entry("emailDomains", "Email domains"),
            Map.entry("protocol", "Protocol"), Map.entry("discoveryUrl", "Discovery URL"),
            Map.entry("clientId", "Client ID"), Map.entry("clientSecret", "Client secret"),
            Map.entry("metadataUrl", "Metadata URL"), Map.entry("metadataFile", "Metadata file"),
            Map.entry("groupsClaim", "Groups claim"), Map.entry("adminGroup", "Administrators' group"),
            Map.entry("igGroup", "IG officers' group"), Map.entry("managerGroup", "Managers' group"));
    /** The directory's field names (under {@code identityProvider.}) mapped to this form's. */
    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("identityProvider.protocol", "protocol"),
            Map.entry("identityProvider.discoveryUrl", "discoveryUrl"),
            Map.entry("identityProvider.clientId", "clientId"),
            Map.entry("identityProvider.clientSecret", "clientSecret"),
            Map.entry("identityProvider.metadataUrl", "metadataUrl"),
            Map.entry("identityProvider.metadataXml", "metadataFile"),
            Map.entry("identityProvider.groupsClaim", "groupsClaim"),
            Map.entry("identityProvider.adminGroup", "adminGroup"), Map.entry("identityProvider.igGroup", "igGroup"),
            Map.entry("identityProvider.managerGroup", "managerGroup"));
    static final Map<String, String> CHECKS = Map.of("protocolChosen", "protocol");
    static final Map<String, String> PROTOCOLS = protocols();

    IdentityProviderForm {
        emailDomains = Objects.toString(emailDomains, "");
        protocol = Objects.toString(protocol, "");
        discoveryUrl = Objects.toString(discoveryUrl, "");
        clientId = Objects.toString(clientId, "");
        clientSecret = Objects.toString(clientSecret, "");
        metadataUrl = Objects.toString(metadataUrl, "");
        groupsClaim = Objects.toString(groupsClaim, "groups");
        adminGroup = Objects.toString(adminGroup, "patchwork-admins");
        igGroup = Objects.toString(igGroup, "patchwork-ig");
        managerGroup = Objects.toString(managerGroup, "patchwork-managers");
    }

    static IdentityProviderForm empty() {
        return new IdentityProviderForm("", "OIDC", "", "", "", "", null, "groups", "patchwork-admins",
                "patchwork-ig", "patchwork-managers");
    }

    /** The saved settings, to change them: never a secret or a metadata file. */
    static IdentityProviderForm of(DirectoryApi.Onboarding onboarding) {
        DirectoryApi.IdentityProvider saved = onboarding.identityProvider();
        String domains = String.join(", ", onboarding.agency().emailDomains());
        if (saved == null) {
            return new IdentityProviderForm(domains, "OIDC", "", "", "", "", null, null, null, null, null);
        }
        return new IdentityProviderForm(domains, saved.protocol(), saved.discoveryUrl(), saved.clientId(), "",
                saved.metadataUrl(), null, saved.groupsClaim(), saved.adminGroup(), saved.igGroup(),
                saved.managerGroup());
    }

    @AssertTrue(message = "Choose how the organisation's staff sign in")
    boolean isProtocolChosen() {
        return PROTOCOLS.containsKey(protocol);
    }

    boolean oidc() {
        return "OIDC".equals(protocol);
    }

    List<String> domainList() {
        return Arrays.stream(emailDomains.split("[,;\\s]+")).map(String::trim).filter(domain -> !domain.isEmpty())
                .toList();
    }

    /** What the directory takes: only the fields of the chosen protocol. */
    DirectoryApi.IdentityProvider toIdentityProvider() {
        if (oidc()) {
            return new DirectoryApi.IdentityProvider("OIDC", blankToNull(discoveryUrl), blankToNull(clientId),
                    blankToNull(clientSecret), null, null, groupsClaim, adminGroup, igGroup, managerGroup);
        }
        String metadataXml = metadataFile == null || metadataFile.isEmpty() ? null : read(metadataFile);
        return new DirectoryApi.IdentityProvider("SAML", null, null, null,
                metadataXml == null ? blankToNull(metadataUrl) : null, metadataXml, groupsClaim, adminGroup, igGroup,
                managerGroup);
    }

    @Override
    public String toString() {
        return "IdentityProviderForm[emailDomains=" + emailDomains + ", protocol=" + protocol + "]";
    }

    private static String read(MultipartFile file) {
        try {
            return new String(file.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> protocols() {
        Map<String, String> protocols = new LinkedHashMap<>();
        protocols.put("OIDC", "OpenID Connect (for example Microsoft Entra ID, Okta, Google Workspace)");
        protocols.put("SAML", "SAML 2.0 (for example ADFS, Shibboleth)");
        return Collections.unmodifiableMap(protocols);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
