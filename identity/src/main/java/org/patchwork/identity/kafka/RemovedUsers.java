package org.patchwork.identity.kafka;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.provider.ProviderEventListener;

/**
 * Remembers, for the rest of the Keycloak session, the agency of a user about to be deleted: the admin event
 * for the deletion comes after the user is gone and carries no representation.
 */
final class RemovedUsers implements ProviderEventListener {

    private static final String ATTRIBUTE_PREFIX = "patchwork-kafka.removed-user-agency.";

    @Override
    public void onEvent(ProviderEvent event) {
        if (event instanceof UserModel.UserPreRemovedEvent removal
                && AccountEventListener.REALM.equals(removal.getRealm().getName())) {
            String agency = removal.getUser().getFirstAttribute(AccountEventListener.AGENCY_ATTRIBUTE);
            if (agency != null) {
                removal.getKeycloakSession().setAttribute(ATTRIBUTE_PREFIX + removal.getUser().getId(), agency);
            }
        }
    }

    static String agencyOf(KeycloakSession session, String userId) {
        return session.getAttribute(ATTRIBUTE_PREFIX + userId, String.class);
    }
}
