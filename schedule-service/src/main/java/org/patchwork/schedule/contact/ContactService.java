package org.patchwork.schedule.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.patchwork.schedule.audit.AccessAction;
import org.patchwork.schedule.audit.AccessLog;
import org.patchwork.schedule.config.ScheduleProperties;
import org.patchwork.schedule.events.ContactRecorded;
import org.patchwork.schedule.membership.ClientAccess;
import org.patchwork.schedule.membership.Networks;
import org.patchwork.schedule.professional.Professional;
import org.patchwork.schedule.professional.Professionals;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contacts: who was in contact with the client, when and how; the answer to "who saw them last". */
@Service
public class ContactService {

    private final ContactRepository contacts;
    private final Networks networks;
    private final Professionals professionals;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher events;
    private final ScheduleProperties properties;
    private final Clock clock;

    ContactService(ContactRepository contacts, Networks networks, Professionals professionals, AccessLog accessLog,
                   ApplicationEventPublisher events, ScheduleProperties properties, Clock clock) {
        this.contacts = contacts;
        this.networks = networks;
        this.professionals = professionals;
        this.accessLog = accessLog;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    ContactView record(Caller caller, UUID clientId, RecordContact request) {
        ClientAccess access = networks.accessToChange(caller, clientId);
        Instant now = clock.instant();
        ContactRules.requireHappened(request.contactedAt(), now);
        Professional who = request.professionalId() == null ? access.me() : currentMember(access, request.professionalId());
        Contact contact = record(access, who, request.contactedAt(), request.channel(), request.outcome(), null);
        accessLog.record(access.me(), AccessAction.CONTACT_RECORDED, clientId);
        return view(contact, who);
    }

    /** Records a contact for another part of the schedule (a visit's outcome) and tells the network. */
    public Contact record(ClientAccess access, Professional who, Instant contactedAt, ContactChannel channel,
                          ContactOutcome outcome, UUID visitId) {
        Instant now = clock.instant();
        Contact contact = new Contact(UUID.randomUUID(), access.client().id(), who.id(), who.agency(), contactedAt,
                channel, outcome, visitId, access.me().id(), now);
        contacts.insert(contact);
        events.publishEvent(new ContactRecorded(UUID.randomUUID(), now, access.client().id(),
                access.client().initials(), access.me().id(), contact.id(), who.ref(), contactedAt, channel.name(),
                outcome.name(), ContactRules.seesTheClient(channel, outcome), visitId, access.memberIds()));
        return contact;
    }

    @Transactional
    List<ContactView> recent(Caller caller, UUID clientId, Integer days, int limit) {
        ClientAccess access = networks.access(caller, clientId);
        Duration window = days == null ? properties.contactWindow() : Duration.ofDays(days);
        List<ContactView> recent = contacts.since(clientId, clock.instant().minus(window), limit);
        accessLog.record(access.me(), AccessAction.CONTACTS_VIEWED, clientId);
        return recent;
    }

    /** The newest contacts within the default window, for a caller already let in. */
    public List<ContactView> recent(UUID clientId, int limit) {
        return contacts.since(clientId, clock.instant().minus(properties.contactWindow()), limit);
    }

    public Optional<ContactView> latest(UUID clientId) {
        return contacts.latest(clientId);
    }

    public Optional<Instant> lastSeen(UUID clientId) {
        return contacts.lastSeen(clientId);
    }

    private Professional currentMember(ClientAccess access, UUID professionalId) {
        if (!access.isMember(professionalId)) {
            throw PatchworkException.invalid("'professionalId' is not a current member of this client's network.");
        }
        return professionals.findById(professionalId).orElseThrow(() -> PatchworkException.invalid(
                "'professionalId' is not known to the schedule service yet; try again in a minute."));
    }

    private static ContactView view(Contact contact, Professional who) {
        return new ContactView(contact.id(), contact.clientId(), who.id(), who.name(), who.agency(), who.jobTitle(),
                contact.contactedAt(), contact.channel(), contact.outcome(), contact.visitId());
    }
}
