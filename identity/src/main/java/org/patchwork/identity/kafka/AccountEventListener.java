package org.patchwork.identity.kafka;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logging.Logger;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakTransactionManager;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.patchwork.identity.events.AccountDisabled;
import org.patchwork.identity.events.AccountEvent;
import org.patchwork.identity.events.AccountFirstLogin;

/**
 * Turns Keycloak's events in realm {@code patchwork} into account events, one listener per Keycloak session.
 * What is read from Keycloak is read at once (while the user still exists); the events are handed to Kafka only
 * after Keycloak's transaction commits, so a change that is rolled back publishes nothing.
 */
final class AccountEventListener implements EventListenerProvider {

    static final String REALM = "patchwork";
    static final String AGENCY_ATTRIBUTE = "agency";

    private static final Logger log = Logger.getLogger(AccountEventListener.class);
    private static final Pattern USER_PATH = Pattern.compile("users/([^/]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeycloakSession session;
    private final Supplier<AccountEventPublisher> publisher;
    private final List<AccountEvent> afterCommit = new ArrayList<>();

    AccountEventListener(KeycloakSession session, Supplier<AccountEventPublisher> publisher) {
        this.session = session;
        this.publisher = publisher;
    }

    /**
     * A brokered first login ends with {@code REGISTER} (Keycloak created the user; detail
     * {@code register_method=broker}) or {@code FEDERATED_IDENTITY_LINK} (linked to an existing user with the
     * same agency-prefixed username). Keycloak 26 uses {@code IDENTITY_PROVIDER_FIRST_LOGIN} only for errors.
     */
    @Override
    public void onEvent(Event event) {
        if (event.getError() != null || event.getUserId() == null
                || (event.getType() != EventType.REGISTER && event.getType() != EventType.FEDERATED_IDENTITY_LINK)) {
            return;
        }
        RealmModel realm = patchworkRealm(event.getRealmId());
        UserModel user = realm == null ? null : session.users().getUserById(realm, event.getUserId());
        if (user == null) {
            return;
        }
        publishAfterCommit(new AccountFirstLogin(UUID.randomUUID(), Instant.ofEpochMilli(event.getTime()),
                user.getId(), user.getUsername(), user.getFirstAttribute(AGENCY_ATTRIBUTE), user.getEmail(),
                nameOf(user)));
    }

    /** {@code DELETE users/<id>}, or {@code UPDATE users/<id>} whose representation sets {@code enabled=false}. */
    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        if (event.getError() != null || event.getResourceType() != ResourceType.USER
                || event.getResourcePath() == null) {
            return;
        }
        Matcher path = USER_PATH.matcher(event.getResourcePath());
        RealmModel realm = patchworkRealm(event.getRealmId());
        if (!path.matches() || realm == null) {
            return;
        }
        String userId = path.group(1);
        JsonNode representation = representation(event);
        Instant occurredAt = Instant.ofEpochMilli(event.getTime());
        if (event.getOperationType() == OperationType.DELETE) {
            String agency = RemovedUsers.agencyOf(session, userId);
            publishAfterCommit(new AccountDisabled(UUID.randomUUID(), occurredAt, userId,
                    agency != null ? agency : agencyIn(representation)));
        } else if (event.getOperationType() == OperationType.UPDATE && disables(representation)) {
            UserModel user = session.users().getUserById(realm, userId);
            String agency = user != null ? user.getFirstAttribute(AGENCY_ATTRIBUTE) : null;
            publishAfterCommit(new AccountDisabled(UUID.randomUUID(), occurredAt, userId,
                    agency != null ? agency : agencyIn(representation)));
            if (user != null) {
                endSessionsOf(realm, user);
            }
        }
    }

    /**
     * Keycloak keeps a disabled account's sessions (and the gateway's session with them) until they expire: end them
     * now, as an administrator's "sign out" does, so that every client with a back-channel logout URL (the gateway)
     * ends its own session of the user at once.
     */
    private void endSessionsOf(RealmModel realm, UserModel user) {
        KeycloakContext context = session.getContext();
        session.sessions().getUserSessionsStream(realm, user).toList().forEach(userSession ->
                AuthenticationManager.backchannelLogout(session, realm, userSession, context.getUri(),
                        context.getConnection(), context.getRequestHeaders(), true));
    }

    private RealmModel patchworkRealm(String realmId) {
        RealmModel realm = realmId == null ? null : session.realms().getRealm(realmId);
        return realm != null && REALM.equals(realm.getName()) ? realm : null;
    }

    private static String nameOf(UserModel user) {
        String name = Stream.of(user.getFirstName(), user.getLastName())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
        return name.isEmpty() ? null : name;
    }

    /** The user as the administrator sent it; present when the realm stores admin event details. */
    private static JsonNode representation(AdminEvent event) {
        if (event.getRepresentation() == null) {
            return JSON.missingNode();
        }
        try {
            return JSON.readTree(event.getRepresentation());
        } catch (JsonProcessingException unreadable) {
            log.warnf("Admin event %s on %s has a representation that is not JSON", event.getId(),
                    event.getResourcePath());
            return JSON.missingNode();
        }
    }

    private static boolean disables(JsonNode user) {
        JsonNode enabled = user.path("enabled");
        return enabled.isBoolean() && !enabled.booleanValue();
    }

    private static String agencyIn(JsonNode user) {
        JsonNode agency = user.path("attributes").path(AGENCY_ATTRIBUTE).path(0);
        return agency.isTextual() ? agency.textValue() : null;
    }

    private void publishAfterCommit(AccountEvent event) {
        KeycloakTransactionManager transaction = session.getTransactionManager();
        if (!transaction.isActive()) {
            publisher.get().publish(event, REALM);
            return;
        }
        if (afterCommit.isEmpty()) {
            transaction.enlistAfterCompletion(new AbstractKeycloakTransaction() {
                @Override
                protected void commitImpl() {
                    AccountEventPublisher events = publisher.get();
                    afterCommit.forEach(committed -> events.publish(committed, REALM));
                    afterCommit.clear();
                }

                @Override
                protected void rollbackImpl() {
                    afterCommit.clear();
                }
            });
        }
        afterCommit.add(event);
    }

    @Override
    public void close() {
    }
}
