package org.patchwork.directory.provisioning;

import java.util.UUID;

/**
 * A professional their agency's provisioning deactivated: their account in realm {@code patchwork} is to be
 * disabled too. Published with the change that marks them as left, so it is kept in the outbox (Spring Modulith's
 * publication registry) until Keycloak has done it.
 *
 * @param keycloakSubject their account's id, once they have signed in; otherwise the account (if any) is found by
 *                        {@code email} among the agency's accounts
 */
record AccountToDisable(UUID professionalId, String agencyCode, String keycloakSubject, String email) {
}
