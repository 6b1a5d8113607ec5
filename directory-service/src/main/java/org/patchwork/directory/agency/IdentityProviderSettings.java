package org.patchwork.directory.agency;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.patchwork.directory.contact.Tidy;
import org.patchwork.platform.problem.PatchworkException;

/**
 * An agency's own identity provider, as a platform administrator gives it: OpenID Connect (its discovery URL, and
 * the client Patchwork is registered as there) or SAML 2.0 (its metadata, by URL or as the file's content). The groups
 * its tokens or assertions carry make its staff agency administrators and IG officers in Patchwork.
 *
 * <p>The client secret and the metadata file are write-only: Keycloak keeps them, the directory stores neither and
 * never shows them back (nor logs them: {@link #toString()} leaves them out).
 *
 * @param clientSecret empty when changing the settings: the secret Keycloak has is kept
 * @param groupsClaim  the claim (OIDC) or attribute (SAML) listing the user's groups; {@code groups} if not given
 */
public record IdentityProviderSettings(
        @NotNull Protocol protocol,
        @Size(max = 2000) @Pattern(regexp = URL, message = URL_MESSAGE) String discoveryUrl,
        @Size(max = 255) String clientId,
        @Size(max = 1000) String clientSecret,
        @Size(max = 2000) @Pattern(regexp = URL, message = URL_MESSAGE) String metadataUrl,
        @Size(max = 500_000) String metadataXml,
        @Size(max = 255) String groupsClaim,
        @Size(max = 255) String adminGroup,
        @Size(max = 255) String igGroup,
        @Size(max = 255) String managerGroup) {

    static final String URL = "^https?://[^\\s]+$";
    static final String URL_MESSAGE = "must be an http(s) URL";

    /** How Keycloak brokers the agency's sign-in. */
    public enum Protocol {
        OIDC, SAML
    }

    public IdentityProviderSettings {
        discoveryUrl = Tidy.text(discoveryUrl);
        clientId = Tidy.text(clientId);
        clientSecret = clientSecret == null || clientSecret.isBlank() ? null : clientSecret.strip();
        metadataUrl = Tidy.text(metadataUrl);
        metadataXml = metadataXml == null || metadataXml.isBlank() ? null : metadataXml.strip();
        groupsClaim = defaulted(groupsClaim, "groups");
        adminGroup = defaulted(adminGroup, "patchwork-admins");
        igGroup = defaulted(igGroup, "patchwork-ig");
        managerGroup = defaulted(managerGroup, "patchwork-managers");
    }

    /**
     * Refuses settings that cannot make an identity provider: what each protocol needs, and nothing of the other.
     *
     * @param secretRequired whether a client secret must be given (a new OIDC identity provider), or may be left out
     *                       to keep the one Keycloak has
     */
    void requireComplete(boolean secretRequired) {
        if (protocol == Protocol.OIDC) {
            if (discoveryUrl == null || clientId == null || secretRequired && clientSecret == null) {
                throw PatchworkException.invalid("An OpenID Connect identity provider needs its discovery URL"
                        + " (identityProvider.discoveryUrl), the client id (identityProvider.clientId) and"
                        + (secretRequired ? " the client secret (identityProvider.clientSecret)." : " a client secret"
                        + " the first time."));
            }
            if (metadataUrl != null || metadataXml != null) {
                throw PatchworkException.invalid("SAML metadata (identityProvider.metadataUrl, .metadataXml) does not"
                        + " apply to an OpenID Connect identity provider.");
            }
        } else {
            if ((metadataUrl == null) == (metadataXml == null)) {
                throw PatchworkException.invalid("A SAML identity provider needs either its metadata URL"
                        + " (identityProvider.metadataUrl) or its metadata file (identityProvider.metadataXml), not"
                        + " both.");
            }
            if (discoveryUrl != null || clientId != null || clientSecret != null) {
                throw PatchworkException.invalid("A discovery URL, client id or secret does not apply to a SAML"
                        + " identity provider.");
            }
        }
    }

    /** The settings as shown back and stored: without the secret or the metadata file. */
    IdentityProviderSettings withoutSecrets() {
        return new IdentityProviderSettings(protocol, discoveryUrl, clientId, null, metadataUrl, null, groupsClaim,
                adminGroup, igGroup, managerGroup);
    }

    @Override
    public String toString() {
        return "IdentityProviderSettings[protocol=" + protocol + ", discoveryUrl=" + discoveryUrl + ", clientId="
                + clientId + ", metadataUrl=" + metadataUrl + ", groupsClaim=" + groupsClaim + ", adminGroup="
                + adminGroup + ", igGroup=" + igGroup + ", managerGroup=" + managerGroup + "]";
    }

    private static String defaulted(String value, String otherwise) {
        String tidy = Tidy.text(value);
        return tidy == null ? otherwise : tidy;
    }
}
