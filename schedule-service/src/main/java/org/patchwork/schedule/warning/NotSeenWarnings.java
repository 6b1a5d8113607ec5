package org.patchwork.schedule.warning;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.patchwork.schedule.config.ScheduleProperties;
import org.patchwork.schedule.contact.ContactChannel;
import org.patchwork.schedule.contact.ContactOutcome;
import org.patchwork.schedule.contact.ContactRules;
import org.patchwork.schedule.contact.ContactService;
import org.patchwork.schedule.events.ClientNotSeen;
import org.patchwork.schedule.events.ContactRecorded;
import org.patchwork.schedule.membership.NetworkClient;
import org.patchwork.schedule.membership.Networks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells a client's network when nobody has seen the client for too long: once per episode, which ends when
 * someone sees the client.
 */
@Service
public class NotSeenWarnings {

    private final Networks networks;
    private final ContactService contacts;
    private final NotSeenEpisodes episodes;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ScheduleProperties properties;
    private final Clock clock;

    NotSeenWarnings(Networks networks, ContactService contacts, NotSeenEpisodes episodes,
                    ApplicationEventPublisher events, TransactionTemplate transactions, ScheduleProperties properties,
                    Clock clock) {
        this.networks = networks;
        this.contacts = contacts;
        this.episodes = episodes;
        this.events = events;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Checks every open client; each warning is stored and published in its own transaction.
     *
     * @return how many clients were newly found not seen
     */
    public int check() {
        Instant now = clock.instant();
        int warned = 0;
        for (NetworkClient client : networks.openClients()) {
            if (Boolean.TRUE.equals(transactions.execute(status -> warnIfNotSeen(client, now)))) {
                warned++;
            }
        }
        return warned;
    }

    private boolean warnIfNotSeen(NetworkClient client, Instant now) {
        List<UUID> members = networks.memberIds(client.id());
        int threshold = client.notSeenThresholdDays() == null ? properties.notSeenDefaultDays()
                : client.notSeenThresholdDays();
        Instant lastSeen = contacts.lastSeen(client.id()).orElse(null);
        Instant since = lastSeen == null ? client.knownSince() : lastSeen;
        if (members.isEmpty() || !NotSeenRules.notSeen(since, now, threshold) || !episodes.open(client.id(), now)) {
            return false;
        }
        events.publishEvent(new ClientNotSeen(UUID.randomUUID(), now, client.id(), client.initials(), null, lastSeen,
                NotSeenRules.daysBetween(since, now), threshold, client.leadProfessionalId(), members));
        return true;
    }

    /** Someone saw the client: the episode is over, and the next one will be told again. */
    @EventListener
    void on(ContactRecorded contact) {
        if (ContactRules.seesTheClient(ContactChannel.valueOf(contact.channel()),
                ContactOutcome.valueOf(contact.outcome()))) {
            episodes.close(contact.clientId());
        }
    }
}
