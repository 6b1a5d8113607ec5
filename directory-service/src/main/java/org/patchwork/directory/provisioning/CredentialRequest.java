package org.patchwork.directory.provisioning;

import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a platform administrator says when connecting an agency's provisioning.
 *
 * @param emailDomains the agency's email domains (as the directory has them for its sign-in): its
 *                     provisioning may create professionals with a work email at these only
 */
record CredentialRequest(
        @NotEmpty @Size(max = 20) List<@Size(max = 253) @Pattern(
                regexp = "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$",
                message = "must be a domain name, e.g. lichfield-dc.gov.uk") String> emailDomains) {

    CredentialRequest {
        emailDomains = emailDomains == null ? null : emailDomains.stream()
                .map(domain -> domain == null ? null : domain.strip().toLowerCase(Locale.ROOT)).distinct().toList();
    }
}
