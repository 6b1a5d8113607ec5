package org.patchwork.directory.provisioning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A SCIM credential as a platform administrator sees it. {@code token} is present only in the answer that issued
 * it: it is never stored and cannot be shown again.
 */
record CredentialView(UUID id, String agency, List<String> emailDomains, Instant issuedAt, String issuedBy,
                      Instant revokedAt, String revokedBy, Instant lastUsedAt,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String token) {

    static CredentialView of(ScimCredential credential) {
        return issued(credential, null);
    }

    static CredentialView issued(ScimCredential credential, String token) {
        return new CredentialView(credential.id(), credential.agencyCode(), credential.emailDomains(),
                credential.issuedAt(), credential.issuedBy(), credential.revokedAt(), credential.revokedBy(),
                credential.lastUsedAt(), token);
    }
}
