package org.patchwork.directory.agency;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.patchwork.directory.contact.Tidy;

/**
 * New settings for an agency's identity provider — a rotated client secret or signing certificate, a new metadata
 * URL — and its staff's email domains (a new one after a merger). A blank client secret keeps the current one.
 */
public record IdentityProviderChange(
        @NotEmpty @Size(max = 20) List<@NotBlank @EmailDomain String> emailDomains,
        @NotNull @Valid IdentityProviderSettings identityProvider) {

    public IdentityProviderChange {
        emailDomains = Tidy.emailDomains(emailDomains);
    }
}
