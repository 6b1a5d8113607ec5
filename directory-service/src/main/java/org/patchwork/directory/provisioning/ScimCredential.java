package org.patchwork.directory.provisioning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A bearer credential with which one agency's identity provider provisions that agency's professionals over SCIM.
 * Only the hash of its token is kept.
 *
 * @param emailDomains the domains of the work emails (SCIM {@code userName}) its provisioning may create
 */
record ScimCredential(UUID id, String agencyCode, List<String> emailDomains, Instant issuedAt, String issuedBy,
                      Instant revokedAt, String revokedBy, Instant lastUsedAt) {

    ScimCredential {
        emailDomains = List.copyOf(emailDomains);
    }

    boolean revoked() {
        return revokedAt != null;
    }
}
