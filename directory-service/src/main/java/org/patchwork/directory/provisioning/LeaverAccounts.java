package org.patchwork.directory.provisioning;

import java.util.List;

import jakarta.ws.rs.NotFoundException;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.UserRepresentation;
import org.patchwork.directory.config.KeycloakAdminProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Disables, in realm {@code patchwork}, the account of a professional their agency's provisioning deactivated, so
 * they cannot sign in again (their sessions end with it: identity/README.md). The directory has already marked them
 * as left in the same transaction that published {@link AccountToDisable}; this runs after it commits. If Keycloak
 * cannot be reached (or the client is not configured), the listener fails, its publication stays incomplete in the
 * outbox, and the platform's resubmission ({@code patchwork.events.resubmit-*}) runs it again until it succeeds.
 * Disabling is a state, so running it twice is harmless; Keycloak then publishes {@code AccountDisabled}, which the
 * directory takes as the leaver it already knows.
 */
@Component
class LeaverAccounts {

    private static final Logger log = LoggerFactory.getLogger(LeaverAccounts.class);
    private static final String AGENCY = "agency";

    private final KeycloakAdminProperties properties;
    private final Keycloak keycloak;

    LeaverAccounts(KeycloakAdminProperties properties, Keycloak keycloak) {
        this.properties = properties;
        this.keycloak = keycloak;
        if (!properties.configured()) {
            log.warn("patchwork.directory.keycloak.client-secret is not set: accounts of professionals deactivated by"
                    + " their agency's provisioning are not disabled in Keycloak until it is");
        }
    }

    @TransactionalEventListener
    void on(AccountToDisable account) {
        if (!properties.configured()) {
            throw new IllegalStateException("Cannot disable the Keycloak account of professional "
                    + account.professionalId() + ": patchwork.directory.keycloak.client-secret is not set");
        }
        RealmResource realm = keycloak.realm(properties.realm());
        List<UserRepresentation> accounts = accountsOf(realm, account);
        if (accounts.isEmpty()) {
            log.info("Professional {} of agency {} has no Keycloak account (never signed in): nothing to disable",
                    account.professionalId(), account.agencyCode());
        }
        for (UserRepresentation user : accounts) {
            if (Boolean.FALSE.equals(user.isEnabled())) {
                continue;
            }
            user.setEnabled(false);
            realm.users().get(user.getId()).update(user);
            log.info("Disabled Keycloak account {} of professional {} of agency {}", user.getId(),
                    account.professionalId(), account.agencyCode());
        }
    }

    /**
     * Their account: by id once they have signed in; before that, accounts with their email exactly that carry their
     * agency (the realm allows one email in several agencies, each agency's account its own).
     */
    private static List<UserRepresentation> accountsOf(RealmResource realm, AccountToDisable account) {
        if (account.keycloakSubject() != null) {
            try {
                return List.of(realm.users().get(account.keycloakSubject()).toRepresentation());
            } catch (NotFoundException deleted) {
                return List.of();
            }
        }
        return realm.users().search(null, null, null, account.email(), 0, 20, null, false, true).stream()
                .filter(user -> user.getAttributes() != null
                        && user.getAttributes().getOrDefault(AGENCY, List.of()).contains(account.agencyCode()))
                .toList();
    }
}
